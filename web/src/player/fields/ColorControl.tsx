import { Input } from '../../ui/Input';
import type { ControlProps } from '../field-props';
import { useFieldDraft } from './useFieldDraft';

const toDraft = (value: unknown) => (typeof value === 'string' ? value : '');

/** A colour: the native picker beside a text input that takes any CSS colour ("teal", "#0af", "rgb(…)"). */
export function ColorControl({
  field,
  view,
  id,
  describedBy,
  invalid,
  disabled,
  onRaw,
  onBlur,
}: ControlProps) {
  const [draft, change] = useFieldDraft(view.value, toDraft, onRaw);
  const swatch = typeof view.value === 'string' ? view.value : '#000000';
  return (
    <div className="flex items-center gap-2">
      <input
        type="color"
        aria-label={`${field.label}: picker`}
        value={swatch}
        disabled={disabled}
        onChange={(e) => change(e.target.value)}
        className="h-10 w-12 shrink-0 cursor-pointer rounded-lg border border-line-strong bg-surface p-1"
      />
      <Input
        id={id}
        name={field.name}
        value={draft}
        placeholder="#4f46e5"
        disabled={disabled}
        required={view.required}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onChange={(e) => change(e.target.value)}
        onBlur={onBlur}
        className="font-mono sm:max-w-48"
      />
    </div>
  );
}
