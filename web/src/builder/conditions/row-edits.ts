import type { Field } from '../../../../src/core/wizard/definition';
import type { ConditionRow } from './logic-groups';
import { defaultOperator, operatorsFor, valueKind, type Operator } from './operators';

/** Pure edits of a condition row that keep what still makes sense. */

/** A new row on the first field. */
export function newRow(fields: Field[]): ConditionRow {
  const first = fields[0];
  return { kind: 'row', field: first?.name ?? '', operator: defaultOperator(first) };
}

/** The row a field change leads to: the operator kept when the new field offers it, the value kept when still meaningful. */
export function withField(row: ConditionRow, name: string, fields: Field[]): ConditionRow {
  const before = fields.find((f) => f.name === row.field);
  const after = fields.find((f) => f.name === name);
  const operator = operatorsFor(after?.type).includes(row.operator) ? row.operator : defaultOperator(after);
  const sameType = before !== undefined && after !== undefined && before.type === after.type;
  return {
    kind: 'row',
    field: name,
    operator,
    ...(sameType && row.value !== undefined ? { value: row.value } : {}),
  };
}

/** The row an operator change leads to: the value kept while the kind of value stays the same. */
export function withOperator(row: ConditionRow, operator: Operator): ConditionRow {
  const same = valueKind(operator) === valueKind(row.operator);
  const wrapped = valueKind(operator) === 'list' && typeof row.value === 'string' ? [row.value] : undefined;
  const value = same ? row.value : wrapped;
  return { kind: 'row', field: row.field, operator, ...(value !== undefined ? { value } : {}) };
}
