import type { Field, Validation } from '../../../../src/core/wizard/definition';
import { Input } from '../../ui/Input';
import { Labelled } from '../../ui/Labelled';
import { messagesAt, validationKeysFor, withValidation } from './field-model';
import { NumberField } from './NumberField';

/** Props of {@link ValidationEditor}. */
export interface ValidationEditorProps {
  field: Field;
  /** Problems relative to `validation`: `''` (e.g. "min is greater than max"), `pattern`, `min_length`, … */
  problems: Array<{ path: string; message: string }>;
  onChange: (field: Field) => void;
}

/** Whether a pattern compiles as the engine compiles it (`^(?:pattern)$`). */
function patternProblem(pattern: string | undefined): string | undefined {
  if (pattern === undefined) return undefined;
  try {
    new RegExp(`^(?:${pattern})$`);
    return undefined;
  } catch (error) {
    return `Not a valid regular expression (${error instanceof Error ? error.message : String(error)}).`;
  }
}

function rangeLabels(field: Field): { min: string; max: string; hint?: string } {
  switch (field.type) {
    case 'multi_select':
      return { min: 'Fewest choices', max: 'Most choices' };
    case 'slider':
      return {
        min: 'Lowest value',
        max: 'Highest value',
        hint: 'The slider runs from 0 to 100 unless you set its ends.',
      };
    case 'rating':
      return {
        min: 'Lowest rating accepted',
        max: 'Highest rating accepted',
        hint: 'Narrows the scale set by Number of stars.',
      };
    default:
      return { min: 'Minimum', max: 'Maximum' };
  }
}

/**
 * The value rules the field's type reads (see `validationKeysFor`): minimum/maximum length and a pattern for
 * text-like types, minimum/maximum for numbers, ratings, sliders and counts of choices, and a custom error
 * message for every type. Checks the pattern compiles and that minimums do not exceed maximums as you type.
 */
export function ValidationEditor({ field, problems, onChange }: ValidationEditorProps) {
  const keys = validationKeysFor(field.type);
  const v: Validation = field.validation ?? {};
  const at = (path: string) => messagesAt(problems, path);
  const set = <K extends keyof Validation>(key: K, value: Validation[K] | undefined) =>
    onChange(withValidation(field, key, value));
  const labels = rangeLabels(field);
  const local: string[] = [];
  if (v.min_length !== undefined && v.max_length !== undefined && v.min_length > v.max_length)
    local.push('The minimum length is greater than the maximum length.');
  if (v.min !== undefined && v.max !== undefined && v.min > v.max)
    local.push(`${labels.min} is greater than ${labels.max.toLowerCase()}.`);
  const elsewhere = problems.filter(
    (p) => p.path !== '' && !keys.includes(p.path.split('.')[0] as keyof Validation),
  );
  const sectionProblems = [
    ...local,
    ...at('').filter((m) => local.length === 0 || !m.includes('greater than')),
    ...elsewhere.map((p) => `${p.path}: ${p.message}`),
  ];
  const pattern = patternProblem(v.pattern);

  return (
    <div className="space-y-4">
      {sectionProblems.length > 0 && (
        <p role="status" className="text-sm text-danger">
          {sectionProblems.join(' ')}
        </p>
      )}
      {keys.includes('min_length') && (
        <div className="grid gap-4 @md:grid-cols-2">
          <NumberField
            label="Minimum length"
            description="In characters."
            integer
            min={0}
            value={v.min_length}
            problems={at('min_length')}
            onChange={(n) => set('min_length', n)}
          />
          <NumberField
            label="Maximum length"
            description="In characters."
            integer
            min={1}
            value={v.max_length}
            problems={at('max_length')}
            onChange={(n) => set('max_length', n)}
          />
        </div>
      )}
      {keys.includes('pattern') && (
        <Labelled
          label="Pattern"
          description="A regular expression the whole answer must match, e.g. [A-Z]{2}\d{4}."
          problems={[...(pattern ? [pattern] : []), ...at('pattern').filter(() => !pattern)]}
        >
          {({ id, describedBy, invalid }) => (
            <Input
              id={id}
              value={v.pattern ?? ''}
              spellCheck={false}
              className="font-mono"
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onChange={(e) => set('pattern', e.target.value === '' ? undefined : e.target.value)}
            />
          )}
        </Labelled>
      )}
      {keys.includes('min') && (
        <div className="space-y-2">
          {labels.hint && <p className="text-xs text-fg-subtle">{labels.hint}</p>}
          <div className="grid gap-4 @md:grid-cols-2">
            <NumberField
              label={labels.min}
              integer={field.type !== 'number' && field.type !== 'slider'}
              min={field.type === 'multi_select' ? 0 : undefined}
              value={v.min}
              problems={at('min')}
              onChange={(n) => set('min', n)}
            />
            <NumberField
              label={labels.max}
              integer={field.type !== 'number' && field.type !== 'slider'}
              min={field.type === 'multi_select' ? 1 : undefined}
              value={v.max}
              problems={at('max')}
              onChange={(n) => set('max', n)}
            />
          </div>
        </div>
      )}
      <Labelled
        label="Custom error message"
        description="Replaces every rule's message for this field, e.g. “Enter your order number as AB1234”."
        problems={at('custom_error')}
      >
        {({ id, describedBy, invalid }) => (
          <Input
            id={id}
            value={v.custom_error ?? ''}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(e) => set('custom_error', e.target.value === '' ? undefined : e.target.value)}
          />
        )}
      </Labelled>
      {keys.length === 1 && (
        <p className="text-xs text-fg-subtle">
          This type has no other value rules
          {field.type === 'date' ? ' here: set the earliest and latest dates below' : ''}.
        </p>
      )}
    </div>
  );
}
