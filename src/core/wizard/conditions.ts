import jsonLogic from 'json-logic-js';
import type { Field, JsonLogic, Step } from './definition.js';

/** Field values keyed by field name, as conditions see them. */
export type FieldValues = Record<string, unknown>;

/**
 * Evaluates a JSON Logic expression (https://jsonlogic.com) against field values. Used identically by the
 * browser and the server. Returns the expression's truthiness; an expression that throws is false.
 */
export function evaluateCondition(expression: JsonLogic | undefined, values: FieldValues): boolean {
  if (!expression) return false;
  try {
    return jsonLogic.truthy(jsonLogic.apply(expression as jsonLogic.RulesLogic, values));
  } catch {
    return false;
  }
}

/** Whether a field is visible: `show_if` must hold (when present) and `hide_if` must not. */
export function isFieldVisible(field: Field, values: FieldValues): boolean {
  const c = field.conditions;
  if (!c) return true;
  if (c.show_if && !evaluateCondition(c.show_if, values)) return false;
  if (c.hide_if && evaluateCondition(c.hide_if, values)) return false;
  return true;
}

/** Whether a visible field accepts input: `enable_if` must hold (when present) and `disable_if` must not. */
export function isFieldEnabled(field: Field, values: FieldValues): boolean {
  const c = field.conditions;
  if (!c) return true;
  if (c.enable_if && !evaluateCondition(c.enable_if, values)) return false;
  if (c.disable_if && evaluateCondition(c.disable_if, values)) return false;
  return true;
}

/** Whether a field must be answered: visible, and `required` or `require_if` holds. */
export function isFieldRequired(field: Field, values: FieldValues): boolean {
  if (!isFieldVisible(field, values)) return false;
  return field.required || evaluateCondition(field.conditions?.require_if, values);
}

/** Whether a step is skipped: its `skip_if` holds, or it has fields and all of them are hidden. */
export function isStepSkipped(step: Step, values: FieldValues): boolean {
  if (step.skip_if && evaluateCondition(step.skip_if, values)) return true;
  return step.fields.length > 0 && step.fields.every((f) => !isFieldVisible(f, values));
}

/** Field names a JSON Logic expression reads through `var` (first path segment), for reference checks. */
export function referencedVariables(expression: unknown): string[] {
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    for (const [op, arg] of Object.entries(node)) {
      if (op === 'var') {
        const path = Array.isArray(arg) ? arg[0] : arg;
        if (typeof path === 'string' && path !== '') found.add(path.split('.')[0]!);
        else if (typeof path === 'number') found.add(String(path));
      } else walk(arg);
    }
  };
  walk(expression);
  return [...found];
}

/** Whether `expression` is made only of JSON Logic operations the evaluator knows. */
export function unknownOperations(expression: unknown): string[] {
  const unknown = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    for (const [op, arg] of Object.entries(node)) {
      if (!jsonLogic.is_logic({ [op]: arg }) || !KNOWN_OPERATIONS.has(op)) unknown.add(op);
      walk(arg);
    }
  };
  walk(expression);
  return [...unknown];
}

const KNOWN_OPERATIONS = new Set([
  'var',
  'missing',
  'missing_some',
  'if',
  '?:',
  '==',
  '===',
  '!=',
  '!==',
  '!',
  '!!',
  'or',
  'and',
  '>',
  '>=',
  '<',
  '<=',
  'max',
  'min',
  '+',
  '-',
  '*',
  '/',
  '%',
  'map',
  'filter',
  'reduce',
  'all',
  'none',
  'some',
  'merge',
  'in',
  'cat',
  'substr',
  'log',
]);
