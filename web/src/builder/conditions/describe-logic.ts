import type { Field } from '../../../../src/core/wizard/definition';
import { isRowComplete, type ConditionGroup, type ConditionNode, type ConditionRow } from './logic-groups';
import { operatorLabel } from './operators';

/**
 * Condition groups in plain words, for the line under the builder: "Company size is greater than 10 and
 * Plan is one of Pro or Team". Fields are named by their labels and option values by their option labels;
 * nested groups are parenthesised; incomplete rows are left out (as in the JSON).
 */

function valueText(field: Field | undefined, value: ConditionRow['value']): string {
  const label = (v: string | number | boolean) =>
    typeof v === 'string' ? (field?.options?.find((o) => o.value === v)?.label ?? `“${v}”`) : String(v);
  if (Array.isArray(value)) {
    const labels = value.map(label);
    return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}`;
  }
  return value === undefined ? '' : label(value);
}

function rowText(row: ConditionRow, fields: Field[]): string {
  const field = fields.find((f) => f.name === row.field);
  const value = valueText(field, row.value);
  return [field?.label ?? row.field, operatorLabel(row.operator, field?.type), value]
    .filter(Boolean)
    .join(' ');
}

function nodeText(node: ConditionNode, fields: Field[], nested: boolean): string {
  if (node.kind === 'row') return isRowComplete(node) ? rowText(node, fields) : '';
  const parts = node.children.map((child) => nodeText(child, fields, true)).filter(Boolean);
  const text = parts.join(node.combinator === 'and' ? ' and ' : ' or ');
  return nested && parts.length > 1 ? `(${text})` : text;
}

/** The group in words, or "" when it has no complete row. */
export function describeGroup(group: ConditionGroup, fields: Field[]): string {
  return nodeText(group, fields, false);
}
