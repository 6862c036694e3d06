import { z } from 'zod';
import type { Field } from '../definition.js';
import type { FieldTypeModule } from './field-type.js';
import { parseNumber } from './numeric.js';
import { EMPTY_MESSAGE, fail, isBlank, numberSetting, ok, rangeRules, withCustomError } from './rules.js';

/** The top of the scale: `settings.max` when it is a whole number ≥ 1, else 5. */
export function ratingMax(field: Field): number {
  const max = numberSetting(field, 'max');
  return max !== undefined && Number.isInteger(max) && max >= 1 ? max : 5;
}

/**
 * `rating`: a whole number of stars from 1 to `settings.max` (default 5). Canonical value: the number.
 *
 * Accepts numbers, numeric strings and "4 stars", "4/5", "4 out of 5" (a different scale, such as "4/10" on a
 * 5-star field, is refused). Errors: "is empty", "must be a number", "must be 1 to 5" (scale).
 * Rules: the scale, "must be a whole number", `min`/`max` (to narrow the scale), `custom_error`.
 * `format`: "4 out of 5".
 */
export const ratingField: FieldTypeModule<number> = {
  type: 'rating',
  valueSchema: z.number().int().min(1),
  normalise(raw, field) {
    if (isBlank(raw)) return fail(EMPTY_MESSAGE);
    const max = ratingMax(field);
    let n = parseNumber(raw);
    if (n === undefined && typeof raw === 'string') {
      const m = /^(\S+)\s*(?:stars?|\/\s*(\d+)|out of (\d+))$/i.exec(raw.trim());
      const scale = m?.[2] ?? m?.[3];
      if (m && scale !== undefined && Number(scale) !== max) return fail(`must be 1 to ${max}`);
      if (m) n = parseNumber(m[1]);
    }
    return n === undefined ? fail('must be a number') : ok(n);
  },
  validate(value, field) {
    const problems: string[] = [];
    if (!Number.isInteger(value)) problems.push('must be a whole number');
    problems.push(...rangeRules(value, { min: 1, max: ratingMax(field) }));
    problems.push(...rangeRules(value, field.validation));
    return withCustomError(problems, field);
  },
  format(value, field) {
    return `${value} out of ${ratingMax(field)}`;
  },
};
