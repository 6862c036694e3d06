import { z } from 'zod';
import type { FieldTypeModule } from './field-type.js';
import { formatNumber, parseNumber } from './numeric.js';
import { holdsYear } from './year-number.js';
import { EMPTY_MESSAGE, fail, isBlank, ok, rangeRules, withCustomError } from './rules.js';

/**
 * `number`: a finite number. Canonical value: the number.
 *
 * Accepts numbers and numeric strings, with commas as thousands separators ("30,000", "1,234.5"; see
 * `parseNumber`). Errors: "is empty", "must be a number".
 * Rules: `settings.integer` (true → "must be a whole number"), `min`, `max`, `custom_error`.
 * `format` groups digits: "30,000"; a field that holds a year (`holdsYear`) shows it plainly: "2013".
 */
export const numberField: FieldTypeModule<number> = {
  type: 'number',
  valueSchema: z.number().finite(),
  normalise(raw) {
    if (isBlank(raw)) return fail(EMPTY_MESSAGE);
    const n = parseNumber(raw);
    return n === undefined ? fail('must be a number') : ok(n);
  },
  validate(value, field) {
    const problems: string[] = [];
    if (field.settings?.integer === true && !Number.isInteger(value)) problems.push('must be a whole number');
    problems.push(...rangeRules(value, field.validation));
    return withCustomError(problems, field);
  },
  format(value, field) {
    return holdsYear(field) && Number.isInteger(value) ? String(value) : formatNumber(value);
  },
};
