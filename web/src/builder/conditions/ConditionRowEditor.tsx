import type { Field } from '../../../../src/core/wizard/definition';
import { Button } from '../../ui/Button';
import { Select } from '../../ui/Select';
import { ConditionValueInput } from './ConditionValueInput';
import { isRowComplete, type ConditionRow } from './logic-groups';
import { operatorLabel, operatorsFor, valueKind, type Operator } from './operators';
import { withField, withOperator } from './row-edits';

/** Props of {@link ConditionRowEditor}. */
export interface ConditionRowEditorProps {
  row: ConditionRow;
  fields: Field[];
  /** "Condition 2" or "Condition 2.1": prefixes the accessible names of the row's inputs. */
  name: string;
  onChange: (row: ConditionRow) => void;
  onRemove: () => void;
}

/**
 * One "field operator value" row of the condition builder: the field, the operators its type offers, the
 * value input the field needs, and a remove button. A row that is not complete yet says so (it is not
 * written to the JSON until it is).
 */
export function ConditionRowEditor({ row, fields, name, onChange, onRemove }: ConditionRowEditorProps) {
  const field = fields.find((f) => f.name === row.field);
  const operators = operatorsFor(field?.type);
  const complete = isRowComplete(row);
  const needsValue = valueKind(row.operator) !== 'none';
  return (
    <div className="space-y-1">
      <div className="flex items-start gap-1.5">
        <div className="flex min-w-0 flex-1 flex-wrap gap-2">
          <div className="min-w-0 flex-[1_1_11rem]">
            <Select
              aria-label={`${name} field`}
              value={row.field}
              onChange={(e) => onChange(withField(row, e.target.value, fields))}
            >
              <option value="">Choose a field…</option>
              {row.field !== '' && !field && <option value={row.field}>{row.field} (unknown field)</option>}
              {fields.map((f) => (
                <option key={f.name} value={f.name}>
                  {fields.some((o) => o !== f && o.label === f.label) ? `${f.label} (${f.name})` : f.label}
                </option>
              ))}
            </Select>
          </div>
          <div className="min-w-0 flex-[1_1_9rem]">
            <Select
              aria-label={`${name} operator`}
              value={row.operator}
              onChange={(e) => onChange(withOperator(row, e.target.value as Operator))}
            >
              {!operators.includes(row.operator) && (
                <option value={row.operator}>{operatorLabel(row.operator, undefined)}</option>
              )}
              {operators.map((op) => (
                <option key={op} value={op}>
                  {operatorLabel(op, field?.type)}
                </option>
              ))}
            </Select>
          </div>
          {needsValue && (
            <div className="min-w-0 flex-[2_1_10rem]">
              <ConditionValueInput
                field={field}
                operator={row.operator}
                value={row.value}
                label={`${name} value`}
                onChange={(value) => onChange({ ...row, value } as ConditionRow)}
              />
            </div>
          )}
        </div>
        <Button
          variant="ghost"
          size="sm"
          className="size-10 shrink-0 px-0"
          aria-label={`Remove ${name.toLowerCase()}`}
          title="Remove"
          onClick={onRemove}
        >
          <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4">
            <path
              fill="currentColor"
              d="M5.3 5.3a1 1 0 0 1 1.4 0L10 8.6l3.3-3.3a1 1 0 1 1 1.4 1.4L11.4 10l3.3 3.3a1 1 0 0 1-1.4 1.4L10 11.4l-3.3 3.3a1 1 0 0 1-1.4-1.4L8.6 10 5.3 6.7a1 1 0 0 1 0-1.4Z"
            />
          </svg>
        </Button>
      </div>
      {!complete && (
        <p className="text-xs text-fg-subtle">
          {row.field === '' ? 'Choose a field' : 'Enter a value'} to complete this condition; until then it is
          not saved.
        </p>
      )}
    </div>
  );
}
