import { useId } from 'react';
import { cx } from '../../ui/cx';
import { controlClass } from '../../ui/Input';

/** Props of {@link RawLogicEditor}. */
export interface RawLogicEditorProps {
  label: string;
  text: string;
  /** Why the text is not applied (shown as an error, the textarea marked invalid). */
  error?: string;
  /** A note shown above the textarea, e.g. why the visual builder cannot show this condition. */
  note?: string;
  /** The id of the condition's problem list, to describe the textarea too. */
  problemsId?: string;
  onChange: (text: string) => void;
}

/** A labelled monospace textarea for a condition's JSON Logic, with its note and parse error linked by `aria-describedby`. */
export function RawLogicEditor({ label, text, error, note, problemsId, onChange }: RawLogicEditorProps) {
  const id = useId();
  const describedBy = [`${id}-help`, note && `${id}-note`, error && `${id}-error`, problemsId]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      {note && (
        <p id={`${id}-note`} className="rounded-lg bg-warning-soft px-3 py-2 text-sm text-fg">
          {note}
        </p>
      )}
      <textarea
        id={id}
        value={text}
        spellCheck={false}
        rows={Math.min(14, Math.max(4, text.split('\n').length + 1))}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        placeholder='{"==": [{"var": "field_name"}, "value"]}'
        className={cx(controlClass, 'py-2 font-mono text-xs leading-relaxed')}
        onChange={(e) => onChange(e.target.value)}
      />
      <p id={`${id}-help`} className="text-xs text-fg-subtle">
        JSON Logic (jsonlogic.com). Read a field with {'{"var": "field_name"}'}; leave empty for no condition.
      </p>
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm text-danger">
          {error} The last valid condition is kept until this parses.
        </p>
      )}
    </div>
  );
}
