import type { Field } from '../../../../src/core/wizard/definition';
import { Input } from '../../ui/Input';
import { Select } from '../../ui/Select';
import { TagInput } from '../fields/TagInput';
import type { ConditionLiteral } from './logic-groups';
import { NUMERIC_TYPES, valueKind, type Operator } from './operators';

/** Props of {@link ConditionValueInput}. */
export interface ConditionValueInputProps {
  /** The field the row tests, or `undefined` when the row names no known field (a plain text input). */
  field: Field | undefined;
  operator: Operator;
  value: ConditionLiteral | string[] | undefined;
  /** Accessible name of the input, e.g. "Condition 2 value". */
  label: string;
  onChange: (value: ConditionLiteral | string[] | undefined) => void;
}

const HTML_TYPES: Record<string, string> = { date: 'date', time: 'time', datetime: 'datetime-local' };

/**
 * The value part of a condition row, shaped by the field: a dropdown of options for selects, a checkbox list
 * for "is one of" (tags when the field has no options), a number input for numbers (its value a `number`), a date/time picker for dates (the
 * engine's canonical "YYYY-MM-DD", "HH:MM", "YYYY-MM-DDTHH:MM"), and a text input otherwise. Empty input
 * gives `undefined` (the row is incomplete). Renders nothing for operators without a value.
 */
export function ConditionValueInput({ field, operator, value, label, onChange }: ConditionValueInputProps) {
  const kind = valueKind(operator);
  if (kind === 'none') return null;
  const options = field?.options ?? [];
  const aria = { 'aria-label': label };

  if (kind === 'list') {
    const chosen = new Set(Array.isArray(value) ? value : []);
    if (options.length === 0)
      return (
        <TagInput
          label={label}
          hideLabel
          tags={[...chosen]}
          placeholder="Type a value, press Enter"
          onChange={(tags) => onChange(tags.length > 0 ? tags : undefined)}
        />
      );
    return (
      <fieldset className="flex min-w-0 flex-wrap gap-x-4 gap-y-1.5 py-1">
        <legend className="sr-only">{label}</legend>
        {options.map((o) => (
          <label key={o.value} className="inline-flex items-center gap-2 text-sm text-fg">
            <input
              type="checkbox"
              className="size-4 accent-accent"
              checked={chosen.has(o.value)}
              onChange={(e) => {
                const next = options
                  .map((x) => x.value)
                  .filter((v) => (v === o.value ? e.target.checked : chosen.has(v)));
                onChange(next.length > 0 ? next : undefined);
              }}
            />
            {o.label}
          </label>
        ))}
      </fieldset>
    );
  }

  if (options.length > 0 && (field?.type === 'single_select' || field?.type === 'multi_select')) {
    const known = typeof value === 'string' && options.some((o) => o.value === value);
    return (
      <Select
        {...aria}
        value={typeof value === 'string' ? value : ''}
        onChange={(e) => onChange(e.target.value || undefined)}
      >
        <option value="">Choose…</option>
        {typeof value === 'string' && value !== '' && !known && (
          <option value={value}>{value} (not an option)</option>
        )}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    );
  }

  if (field && NUMERIC_TYPES.has(field.type))
    return (
      <Input
        {...aria}
        type="number"
        inputMode="decimal"
        value={typeof value === 'number' ? String(value) : ''}
        onChange={(e) => {
          const n = e.target.value === '' ? NaN : Number(e.target.value);
          onChange(Number.isFinite(n) ? n : undefined);
        }}
      />
    );

  return (
    <Input
      {...aria}
      type={(field && HTML_TYPES[field.type]) ?? 'text'}
      placeholder={field?.type === 'color' ? '#rrggbb' : 'Value'}
      value={typeof value === 'string' || typeof value === 'number' ? String(value) : ''}
      onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
    />
  );
}
