import type { Field } from '../../../core/wizard/definition.js';
import { YEAR_SPAN } from '../../../core/wizard/field-types/year-number.js';
import type { NumberMention } from './numbers.js';

/**
 * Year-shaped numbers: the four digits of a calendar year ("2017 Honda Civic", "built in 1998"), told apart
 * from counts and amounts so a field that holds a year takes them and a field of miles or people does not.
 */

/** The years a year field accepts: its own min and max where they are years, else 1900–2100. */
export function yearBounds(field: Field): { min: number; max: number } {
  const { min, max } = field.validation ?? {};
  const inSpan = (n: unknown): n is number =>
    typeof n === 'number' && n >= YEAR_SPAN.min && n <= YEAR_SPAN.max;
  return { min: inSpan(min) ? min : 1900, max: inSpan(max) ? max : 2100 };
}

/**
 * Whether a mention reads as a calendar year: four plain digits (no grouping comma, sign or magnitude) from
 * 1900 to 2100, or within `bounds` when given. "2017" → true, "2,017", "$2017", "2017k", "12" → false.
 */
export function isYearShaped(n: NumberMention, bounds = { min: 1900, max: 2100 }): boolean {
  return /^\d{4}$/.test(n.span) && !n.money && !n.ordinal && n.value >= bounds.min && n.value <= bounds.max;
}
