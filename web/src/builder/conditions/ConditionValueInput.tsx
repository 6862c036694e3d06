import type { Field } from '../../../../src/core/wizard/definition';
import { normaliseFieldValue } from '../../../../src/core/wizard/field-types/index';
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

/** Normalisation context for compared values: US numbers, today. */
const CTX = { defaultRegion: 'US', referenceDate: new Date() };

/**
 * The value as the engine stores it ("ANN@Example.COM" → "ANN@example.com", "(202) 555-0143" →
 * "+12025550143", "red" → "#ff0000"), so "equals" compares like with like; the text itself when the engine
 * does not read it as a value of the field.
 */
function canonical(field: Field, text: string): string {
  const result = normaliseFieldValue(field, text, CTX);
  return result.ok && typeof result.value === 'string' ? result.value : text;
}

/**
 * The value part of a condition row, shaped by the field: a dropdown of options for selects, a checkbox list
 * for "is one of" (tags when the field has no options), a number input for numbers (its value a `number`), a date/time picker for dates (the
 * engine's canonical "YYYY-MM-DD", "HH:MM", "YYYY-MM-DDTHH:MM"), and a text input otherwise, whose value
 * for equals / does not equal becomes the engine's canonical form on blur. Empty input gives `undefined`
 * (the row is incomplete). Renders nothing for operators without a value.
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
        {[...chosen]
          .filter((v) => !options.some((o) => o.value === v))
          .map((v) => (
            <label key={`unknown:${v}`} className="inline-flex items-center gap-2 text-sm text-fg">
              <input
                type="checkbox"
                className="size-4 accent-accent"
                checked
                onChange={() => {
                  const next = [...chosen].filter((x) => x !== v);
                  onChange(next.length > 0 ? next : undefined);
                }}
              />
              {v} (not an option)
            </label>
          ))}
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
      onBlur={() => {
        if (!field || typeof value !== 'string' || (operator !== 'eq' && operator !== 'neq')) return;
        const stored = canonical(field, value);
        if (stored !== value) onChange(stored);
      }}
    />
  );
}
