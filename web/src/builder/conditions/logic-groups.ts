import type { JsonLogic } from '../../../../src/core/wizard/definition';
import { OPERATORS, valueKind, type Operator } from './operators';

/**
 * Pure conversion between JSON Logic (what wizard definitions store, evaluated by the engine's
 * `evaluateCondition` with json-logic-js) and the visual builder's model: AND/OR groups of rows
 * "field operator value", groups nested inside groups.
 *
 * Fields are read as `{"var": "field_name"}`, the engine's convention; an unanswered field reads as `null`
 * (the run state drops cleared values). What each row writes:
 *
 * | row                      | JSON Logic                                              |
 * | ------------------------ | ------------------------------------------------------- |
 * | f equals v               | `{"==": [{"var": "f"}, v]}`                              |
 * | f does not equal v       | `{"!=": [{"var": "f"}, v]}`                              |
 * | f > ≥ < ≤ v              | `{">": [{"var": "f"}, v]}` (`>=`, `<`, `<=`)             |
 * | f contains v             | `{"in": [v, {"var": "f"}]}` (substring, or list member)  |
 * | f is one of [a, b]       | `{"in": [{"var": "f"}, ["a", "b"]]}`                     |
 * | f does not contain / is not one of | `{"!": …}` around the above                   |
 * | f includes any of [a, b] | `{"some": [{"var": "f"}, {"in": [{"var": ""}, ["a", "b"]]}]}` |
 * | f includes none of [a, b] | `{"none": …}` with the same arguments                  |
 * | f is yes / is no         | `{"==": [{"var": "f"}, true]}` / `false`                 |
 * | f is empty / is filled   | `{"==": [{"var": "f"}, null]}` / `{"!=": …}`             |
 *
 * JSON Logic compares `null` as 0, so "f < 10" alone would hold for an unanswered number. A numeric
 * comparison that 0 would satisfy is therefore written with a guard, `{"and": [{"!=": [{"var": "f"}, null]},
 * {"<": [{"var": "f"}, 10]}]}`, and that exact shape reads back as one row.
 *
 * A group of one row is written as the row itself; an empty group as `undefined` (no condition). Rows that
 * are not complete yet (no field, or no value where one is needed) are left out of the JSON.
 */

/** A literal a row compares with. */
export type ConditionLiteral = string | number | boolean;

/** One "field operator value" row. `value` is a literal, a list of option values (`one_of`), or absent. */
export interface ConditionRow {
  kind: 'row';
  field: string;
  operator: Operator;
  value?: ConditionLiteral | string[];
}

/** Rows and nested groups joined by AND (`all`) or OR (`any`). */
export interface ConditionGroup {
  kind: 'group';
  combinator: 'and' | 'or';
  children: ConditionNode[];
}

/** A child of a group: a row or a nested group. */
export type ConditionNode = ConditionRow | ConditionGroup;

/** The outcome of reading JSON Logic: the groups, or why the visual builder cannot show it. */
export type GroupParseResult = { ok: true; group: ConditionGroup } | { ok: false; reason: string };

/** An empty AND group: no condition. */
export function emptyGroup(): ConditionGroup {
  return { kind: 'group', combinator: 'and', children: [] };
}

const FIELD_NAME = /^[a-z][a-z0-9_]*$/;
const COMPARISONS: Record<string, Operator> = { '>': 'gt', '>=': 'gte', '<': 'lt', '<=': 'lte' };
const COMPARISON_OPS: Partial<Record<Operator, string>> = { gt: '>', gte: '>=', lt: '<', lte: '<=' };

class Unrepresentable extends Error {}

function fail(reason: string): never {
  throw new Unrepresentable(reason);
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === 'object' && !Array.isArray(x);
}

function isLiteral(x: unknown): x is ConditionLiteral {
  return typeof x === 'string' || (typeof x === 'number' && Number.isFinite(x)) || typeof x === 'boolean';
}

/** The field name of `{"var": "name"}`, or `undefined` for anything else. */
function varName(x: unknown): string | undefined {
  if (!isPlainObject(x) || Object.keys(x).length !== 1) return undefined;
  const name = x.var;
  return typeof name === 'string' && FIELD_NAME.test(name) ? name : undefined;
}

function single(node: unknown): [string, unknown] {
  if (!isPlainObject(node)) fail(`${JSON.stringify(node)} is not a JSON Logic operation`);
  const entries = Object.entries(node);
  if (entries.length !== 1) fail('an operation must have exactly one operator');
  return entries[0]!;
}

function pair(op: string, args: unknown): [string, unknown] {
  if (!Array.isArray(args) || args.length !== 2) fail(`"${op}" must compare exactly two things`);
  const name = varName(args[0]);
  if (name === undefined) fail(`"${op}" must compare a field ({"var": "field_name"}) with a value`);
  return [name, args[1]];
}

/** Whether an unanswered field (read as 0 by JSON Logic) would pass this numeric comparison. */
function zeroPasses(op: Operator, value: unknown): boolean {
  if (typeof value !== 'number') return false;
  if (op === 'gt') return 0 > value;
  if (op === 'gte') return 0 >= value;
  if (op === 'lt') return 0 < value;
  if (op === 'lte') return 0 <= value;
  return false;
}

function parseRow(op: string, args: unknown): ConditionRow {
  if (op === '==' || op === '!=') {
    const [field, value] = pair(op, args);
    if (value === null) return { kind: 'row', field, operator: op === '==' ? 'empty' : 'filled' };
    if (typeof value === 'boolean' && op === '==')
      return { kind: 'row', field, operator: value ? 'is_true' : 'is_false' };
    if (!isLiteral(value) || typeof value === 'boolean')
      fail(`cannot show the value ${JSON.stringify(value)}`);
    return { kind: 'row', field, operator: op === '==' ? 'eq' : 'neq', value };
  }
  const comparison = COMPARISONS[op];
  if (comparison) {
    const [field, value] = pair(op, args);
    if (typeof value !== 'string' && !(typeof value === 'number' && Number.isFinite(value)))
      fail(`"${op}" must compare a field with a number or a date`);
    return { kind: 'row', field, operator: comparison, value };
  }
  if (op === 'in') {
    if (!Array.isArray(args) || args.length !== 2) fail('"in" must have exactly two arguments');
    const [needle, haystack] = args as [unknown, unknown];
    const field = varName(haystack);
    if (field !== undefined && typeof needle === 'string' && needle !== '')
      return { kind: 'row', field, operator: 'contains', value: needle };
    const subject = varName(needle);
    if (
      subject !== undefined &&
      Array.isArray(haystack) &&
      haystack.length > 0 &&
      haystack.every((v) => typeof v === 'string' && v !== '')
    )
      return { kind: 'row', field: subject, operator: 'one_of', value: haystack as string[] };
    fail('"in" must test a text in a field, or a field in a list of texts');
  }
  if (op === 'some' || op === 'none') {
    if (!Array.isArray(args) || args.length !== 2) fail(`"${op}" must have exactly two arguments`);
    const field = varName(args[0]);
    const test = args[1];
    const list =
      isPlainObject(test) && Object.keys(test).length === 1 && Array.isArray(test.in) ? test.in : undefined;
    const item = list?.[0];
    const values = list?.[1];
    const readsItem = isPlainObject(item) && Object.keys(item).length === 1 && item.var === '';
    if (
      field !== undefined &&
      list?.length === 2 &&
      readsItem &&
      Array.isArray(values) &&
      values.length > 0 &&
      values.every((v) => typeof v === 'string' && v !== '')
    )
      return {
        kind: 'row',
        field,
        operator: op === 'some' ? 'any_of' : 'none_of',
        value: values as string[],
      };
    fail(`"${op}" must test a field's choices against a list of texts`);
  }
  if (op === '!') {
    const [innerOp, innerArgs] = single(args);
    if (innerOp === 'in') {
      const inner = parseRow(innerOp, innerArgs);
      return { ...inner, operator: inner.operator === 'contains' ? 'not_contains' : 'not_one_of' };
    }
    fail('"!" can only negate "in" here');
  }
  fail(`the operator "${op}" is not available in the visual builder`);
}

/** `{"and": [{"!=": [f, null]}, <numeric comparison of f that 0 passes>]}`: one guarded row, or `undefined`. */
function guardedRow(args: unknown[]): ConditionRow | undefined {
  if (args.length !== 2) return undefined;
  try {
    const [guardOp, guardArgs] = single(args[0]);
    const [cmpOp, cmpArgs] = single(args[1]);
    const guard = parseRow(guardOp, guardArgs);
    const row = parseRow(cmpOp, cmpArgs);
    const guarded = guard.operator === 'filled' && guard.field === row.field;
    return guarded && zeroPasses(row.operator, row.value) ? row : undefined;
  } catch {
    return undefined;
  }
}

function parseNode(node: unknown): ConditionNode {
  const [op, args] = single(node);
  if (op === 'and' || op === 'or') {
    if (!Array.isArray(args) || args.length === 0) fail(`"${op}" needs a non-empty list`);
    if (op === 'and') {
      const row = guardedRow(args);
      if (row) return row;
    }
    return { kind: 'group', combinator: op, children: args.map(parseNode) };
  }
  return parseRow(op, args);
}

/**
 * Reads JSON Logic into groups. `undefined` gives an empty group. A top-level row becomes an AND group of
 * one row. Anything else the builder cannot show exactly (other operators, `var` with a default or a dotted
 * path, `===`, non-literal values, empty `and`/`or`) gives `{ok: false, reason}`. Never throws.
 */
export function logicToGroup(logic: JsonLogic | undefined): GroupParseResult {
  if (logic === undefined) return { ok: true, group: emptyGroup() };
  try {
    const node = parseNode(logic);
    return { ok: true, group: node.kind === 'group' ? node : { ...emptyGroup(), children: [node] } };
  } catch (error) {
    if (error instanceof Unrepresentable) return { ok: false, reason: error.message };
    throw error;
  }
}

/** Whether a row has what it needs to be written: a field, and a value when its operator takes one. */
export function isRowComplete(row: ConditionRow): boolean {
  if (!FIELD_NAME.test(row.field) || !OPERATORS.includes(row.operator)) return false;
  const kind = valueKind(row.operator);
  if (kind === 'none') return true;
  if (kind === 'list') return Array.isArray(row.value) && row.value.length > 0;
  return isLiteral(row.value) && row.value !== '';
}

/** The JSON Logic of one row, or `undefined` when it is incomplete (see {@link isRowComplete}). */
export function rowToLogic(row: ConditionRow): JsonLogic | undefined {
  if (!isRowComplete(row)) return undefined;
  const subject = { var: row.field };
  const value = row.value;
  switch (row.operator) {
    case 'eq':
      return { '==': [subject, value] };
    case 'neq':
      return { '!=': [subject, value] };
    case 'empty':
      return { '==': [subject, null] };
    case 'filled':
      return { '!=': [subject, null] };
    case 'is_true':
      return { '==': [subject, true] };
    case 'is_false':
      return { '==': [subject, false] };
    case 'contains':
      return { in: [value, subject] };
    case 'not_contains':
      return { '!': { in: [value, subject] } };
    case 'one_of':
      return { in: [subject, value] };
    case 'not_one_of':
      return { '!': { in: [subject, value] } };
    case 'any_of':
      return { some: [subject, { in: [{ var: '' }, value] }] };
    case 'none_of':
      return { none: [subject, { in: [{ var: '' }, value] }] };
    default: {
      const comparison = { [COMPARISON_OPS[row.operator]!]: [subject, value] };
      return zeroPasses(row.operator, value) ? { and: [{ '!=': [subject, null] }, comparison] } : comparison;
    }
  }
}

/**
 * The JSON Logic of a group: its complete rows and non-empty subgroups joined by its combinator; a single
 * child is written alone; no child gives `undefined` (no condition).
 */
export function groupToLogic(group: ConditionGroup): JsonLogic | undefined {
  const parts = group.children
    .map((child) => (child.kind === 'row' ? rowToLogic(child) : groupToLogic(child)))
    .filter((part): part is JsonLogic => part !== undefined);
  if (parts.length === 0) return undefined;
  if (parts.length === 1) return parts[0];
  return { [group.combinator]: parts };
}
