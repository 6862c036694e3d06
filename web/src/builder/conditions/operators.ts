import type { Field, FieldType } from '../../../../src/core/wizard/definition';

/**
 * The operators a condition row can use, and which of them each field type offers. A row reads
 * "field operator value"; `valueKind` says what the value input is (none, one value, or a list of choices).
 */

/** Every operator of the visual condition builder. */
export const OPERATORS = [
  'eq',
  'neq',
  'gt',
  'gte',
  'lt',
  'lte',
  'contains',
  'not_contains',
  'one_of',
  'not_one_of',
  'any_of',
  'none_of',
  'is_true',
  'is_false',
  'empty',
  'filled',
] as const;
/** One operator of {@link OPERATORS}, e.g. `gt` ("is greater than" / "is after"). */
export type Operator = (typeof OPERATORS)[number];

/** What an operator needs as its value: nothing, one value, or a list of option values. */
export type ValueKind = 'none' | 'single' | 'list';

/** The value input an operator needs. */
export function valueKind(op: Operator): ValueKind {
  if (op === 'empty' || op === 'filled' || op === 'is_true' || op === 'is_false') return 'none';
  return op === 'one_of' || op === 'not_one_of' || op === 'any_of' || op === 'none_of' ? 'list' : 'single';
}

/** Types whose values are numbers (compared numerically; an empty field is never "less than" anything). */
export const NUMERIC_TYPES: ReadonlySet<FieldType> = new Set(['number', 'rating', 'slider']);
/** Types whose canonical strings sort chronologically ("YYYY-MM-DD", "HH:MM", "YYYY-MM-DDTHH:MM"). */
export const TEMPORAL_TYPES: ReadonlySet<FieldType> = new Set(['date', 'time', 'datetime']);
const TEXT_TYPES: ReadonlySet<FieldType> = new Set([
  'text',
  'textarea',
  'email',
  'phone',
  'url',
  'rich_text',
  'voice_only',
]);

/** The operators offered for a field of this type, in menu order. `undefined` (unknown field): all. */
export function operatorsFor(type: FieldType | undefined): Operator[] {
  if (type === undefined) return [...OPERATORS];
  if (NUMERIC_TYPES.has(type) || TEMPORAL_TYPES.has(type))
    return ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'empty', 'filled'];
  if (TEXT_TYPES.has(type)) return ['eq', 'neq', 'contains', 'not_contains', 'empty', 'filled'];
  switch (type) {
    case 'single_select':
      return ['eq', 'neq', 'one_of', 'not_one_of', 'empty', 'filled'];
    case 'multi_select':
      return ['contains', 'not_contains', 'any_of', 'none_of', 'empty', 'filled'];
    case 'boolean':
      return ['is_true', 'is_false', 'empty', 'filled'];
    case 'color':
      return ['eq', 'neq', 'empty', 'filled'];
    default:
      return ['empty', 'filled'];
  }
}

/** How an operator reads in the menu for a field of this type ("is after" for dates, "is greater than" else). */
export function operatorLabel(op: Operator, type: FieldType | undefined): string {
  const temporal = type !== undefined && TEMPORAL_TYPES.has(type);
  const multi = type === 'multi_select';
  switch (op) {
    case 'eq':
      return 'equals';
    case 'neq':
      return 'does not equal';
    case 'gt':
      return temporal ? 'is after' : 'is greater than';
    case 'gte':
      return temporal ? 'is on or after' : 'is at least';
    case 'lt':
      return temporal ? 'is before' : 'is less than';
    case 'lte':
      return temporal ? 'is on or before' : 'is at most';
    case 'contains':
      return multi ? 'includes' : 'contains';
    case 'not_contains':
      return multi ? 'does not include' : 'does not contain';
    case 'one_of':
      return 'is one of';
    case 'not_one_of':
      return 'is not one of';
    case 'any_of':
      return 'includes any of';
    case 'none_of':
      return 'includes none of';
    case 'is_true':
      return 'is yes';
    case 'is_false':
      return 'is no';
    case 'empty':
      return 'is empty';
    case 'filled':
      return 'is filled';
  }
}

/** The first operator offered for a field (what a new row starts with). */
export function defaultOperator(field: Field | undefined): Operator {
  return operatorsFor(field?.type)[0] ?? 'filled';
}
