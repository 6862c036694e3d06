import { useEffect, useRef } from 'react';
import { sanitiseHtml } from '../../../../src/core/wizard/field-types/index';
import { controlClass } from '../../ui/Input';
import { cx, focusRing } from '../../ui/cx';
import { valueKey, type ControlProps } from '../field-props';

const COMMANDS = [
  { command: 'bold', label: 'Bold', glyph: <b>B</b> },
  { command: 'italic', label: 'Italic', glyph: <i className="font-serif">I</i> },
  { command: 'insertUnorderedList', label: 'Bulleted list', glyph: <span aria-hidden="true">•≡</span> },
] as const;

/**
 * Rich text: a `contentEditable` box (role textbox, multi-line, labelled) with bold, italic and bulleted
 * list buttons; Ctrl/Cmd+B and Ctrl/Cmd+I work too. The HTML is sanitised by the engine's allowlist
 * (`sanitiseHtml` from src/core) both when stored and when shown. Formatting uses `document.execCommand`,
 * deprecated but still the one editing primitive every browser ships; a real editor can replace it later.
 */
export function RichTextControl({
  field,
  view,
  id,
  describedBy,
  invalid,
  disabled,
  onRaw,
  onBlur,
}: ControlProps) {
  const box = useRef<HTMLDivElement>(null);
  const sent = useRef<string>(valueKey(view.value));
  const key = valueKey(view.value);

  useEffect(() => {
    // Replace the content only when the value changed from elsewhere (the guide, a reload), not while typing.
    if (!box.current || key === sent.current) return;
    sent.current = key;
    box.current.innerHTML = typeof view.value === 'string' ? sanitiseHtml(view.value) : '';
  }, [key, view.value]);

  useEffect(() => {
    if (box.current && typeof view.value === 'string') box.current.innerHTML = sanitiseHtml(view.value);
    // Only on mount: later changes go through the effect above.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const emit = () => {
    const html = box.current?.innerHTML ?? '';
    const text = box.current?.textContent ?? '';
    sent.current = onRaw(text.trim() === '' ? null : html);
  };

  return (
    <div
      className={cx(
        'overflow-hidden rounded-lg border border-line-strong bg-surface',
        invalid && 'border-danger',
      )}
    >
      <div
        role="toolbar"
        aria-label={`${field.label} formatting`}
        className="flex gap-1 border-b border-line bg-surface-muted px-2 py-1"
      >
        {COMMANDS.map(({ command, label, glyph }) => (
          <button
            key={command}
            type="button"
            aria-label={label}
            title={label}
            disabled={disabled}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              box.current?.focus();
              document.execCommand(command);
              emit();
            }}
            className={cx(
              'inline-flex size-8 items-center justify-center rounded-md text-sm text-fg-muted hover:bg-surface-hover hover:text-fg',
              focusRing,
            )}
          >
            {glyph}
          </button>
        ))}
      </div>
      <div
        ref={box}
        id={id}
        role="textbox"
        aria-multiline="true"
        aria-labelledby={`${id}-label`}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        aria-disabled={disabled || undefined}
        contentEditable={!disabled}
        suppressContentEditableWarning
        onInput={emit}
        onBlur={onBlur}
        className={cx(
          controlClass,
          'min-h-28 rounded-none border-0 py-2 shadow-none focus:ring-0 [&_ol]:list-decimal [&_ol]:pl-5 [&_ul]:list-disc [&_ul]:pl-5',
        )}
      />
    </div>
  );
}
