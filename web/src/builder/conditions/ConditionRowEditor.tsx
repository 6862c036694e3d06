import type { Field } from '../../../../src/core/wizard/definition';
import { Button } from '../../ui/Button';
import { Select } from '../../ui/Select';
import { ConditionValueInput } from './ConditionValueInput';
import { isRowComplete, type ConditionRow } from './logic-groups';
import { operatorLabel, operatorsFor, type Operator } from './operators';
import { withField, withOperator } from './row-edits';

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
  return (
    <div className="space-y-1">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
        <div className="grid flex-1 gap-2 sm:grid-cols-[minmax(0,1.2fr)_minmax(0,1fr)_minmax(0,1.2fr)]">
          <Select
            aria-label={`${name} field`}
            value={row.field}
            onChange={(e) => onChange(withField(row, e.target.value, fields))}
          >
            <option value="">Choose a field…</option>
            {row.field !== '' && !field && <option value={row.field}>{row.field} (unknown field)</option>}
            {fields.map((f) => (
              <option key={f.name} value={f.name}>
                {f.label}
              </option>
            ))}
          </Select>
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
          <ConditionValueInput
            field={field}
            operator={row.operator}
            value={row.value}
            label={`${name} value`}
            invalid={row.field !== '' && !complete}
            onChange={(value) => onChange({ ...row, value } as ConditionRow)}
          />
        </div>
        <Button
          variant="ghost"
          size="sm"
          className="self-end sm:mt-1 sm:self-start"
          aria-label={`Remove ${name.toLowerCase()}`}
          onClick={onRemove}
        >
          Remove
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
