import type { Field } from '../definition.js';

/**
 * Number fields that hold a calendar year ("Year", "Year of manufacture", "model year", "year built",
 * "birth year"), read from the field's own data: its label or name says "year" (singular, not "years of
 * experience" nor "per year"), or its min and max both lie in the span of calendar years. Such a number is
 * shown without thousands grouping ("2013", not "2,013") and a year-shaped number said for it fills it.
 */

/** "year" as a word, not after "per", "a", "each", "every" ("income per year"). */
const YEAR_WORD = /(?<!\b(?:per|a|an|each|every|last|this|next)\s+)\byear\b/i;

/** The span of years a year field may hold when its validation does not say. */
export const YEAR_SPAN = { min: 1000, max: 2200 } as const;

/**
 * Whether `field` holds a calendar year: {label: "Model year"} → true, {label: "Years of experience"} →
 * false, {name: "built", validation: {min: 1900, max: 2030}} → true.
 */
export function holdsYear(field: Pick<Field, 'type' | 'name' | 'label' | 'validation'>): boolean {
  if (field.type !== 'number') return false;
  const { min, max } = field.validation ?? {};
  if (typeof min === 'number' && typeof max === 'number')
    return min >= YEAR_SPAN.min && max <= YEAR_SPAN.max && max > min;
  return [field.label, field.name.replace(/_/g, ' ')].some((t) => YEAR_WORD.test(t ?? ''));
}
