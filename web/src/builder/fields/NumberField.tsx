import { useState } from 'react';
import { Input } from '../../ui/Input';
import { Labelled } from '../../ui/Labelled';

/** Props of {@link NumberField}. */
export interface NumberFieldProps {
  label: string;
  description?: string;
  value: number | undefined;
  problems?: string[];
  /** Refuse fractions ("must be a whole number"). */
  integer?: boolean;
  /** Smallest accepted value (inclusive); smaller input shows a message and is not applied. */
  min?: number;
  /** Smallest accepted value is exclusive (e.g. a step must be above 0). */
  exclusiveMin?: boolean;
  placeholder?: string;
  /** A valid number, or `undefined` when the input is cleared. */
  onChange: (value: number | undefined) => void;
}

/**
 * A labelled number input that keeps what is typed as a draft and applies it only when it is a valid
 * number within its bounds (otherwise it says why, next to the input). Clearing the input applies `undefined`.
 */
export function NumberField({
  label,
  description,
  value,
  problems = [],
  integer,
  min,
  exclusiveMin,
  placeholder,
  onChange,
}: NumberFieldProps) {
  const [draft, setDraft] = useState<{ text: string; forValue: number | undefined }>({
    text: value === undefined ? '' : String(value),
    forValue: value,
  });
  if (draft.forValue !== value) setDraft({ text: value === undefined ? '' : String(value), forValue: value });
  const local = check(draft.text, { integer, min, exclusiveMin });
  return (
    <Labelled label={label} description={description} problems={[...(local ? [local] : []), ...problems]}>
      {({ id, describedBy, invalid }) => (
        <Input
          id={id}
          type="text"
          inputMode={integer && (min ?? -1) >= 0 ? 'numeric' : 'decimal'}
          value={draft.text}
          placeholder={placeholder}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          onChange={(e) => {
            const text = e.target.value;
            const problem = check(text, { integer, min, exclusiveMin });
            const next = text.trim() === '' ? undefined : Number(text);
            setDraft({ text, forValue: problem ? value : next });
            if (!problem && next !== value) onChange(next);
          }}
        />
      )}
    </Labelled>
  );
}

function check(
  text: string,
  rules: Pick<NumberFieldProps, 'integer' | 'min' | 'exclusiveMin'>,
): string | undefined {
  if (text.trim() === '') return undefined;
  const n = Number(text);
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text.trim()) || !Number.isFinite(n))
    return 'Enter a number.';
  if (rules.integer && !Number.isInteger(n)) return 'Enter a whole number.';
  if (rules.min !== undefined && (rules.exclusiveMin ? n <= rules.min : n < rules.min))
    return rules.exclusiveMin ? `Enter a number above ${rules.min}.` : `Enter ${rules.min} or more.`;
  return undefined;
}
