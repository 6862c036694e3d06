import { z } from 'zod';
import type { FieldTypeModule } from './field-type.js';
import { EMPTY_MESSAGE, fail, isBlank, ok, withCustomError } from './rules.js';

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', 'on']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', 'off']);

/**
 * `boolean`: yes or no. Canonical value: `true` or `false`.
 *
 * Accepts booleans, the numbers 1 and 0, and the strings true/false, yes/no, y/n, 1/0, on/off (any case,
 * surrounding spaces ignored). Errors: "is empty", "must be yes or no". Rules: `settings.must_be_true` (a consent
 * box: "must be accepted"), then `custom_error`. `format`: "Yes" / "No".
 */
export const booleanField: FieldTypeModule<boolean> = {
  type: 'boolean',
  valueSchema: z.boolean(),
  normalise(raw) {
    if (typeof raw === 'boolean') return ok(raw);
    if (isBlank(raw)) return fail(EMPTY_MESSAGE);
    if (raw === 1 || raw === 0) return ok(raw === 1);
    if (typeof raw === 'string') {
      const word = raw.trim().toLowerCase();
      if (TRUE_WORDS.has(word)) return ok(true);
      if (FALSE_WORDS.has(word)) return ok(false);
    }
    return fail('must be yes or no');
  },
  validate(value, field) {
    return withCustomError(
      field.settings?.must_be_true === true && !value ? ['must be accepted'] : [],
      field,
    );
  },
  format(value) {
    return value ? 'Yes' : 'No';
  },
};
