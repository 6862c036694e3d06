import { z } from 'zod';
import type { FieldTypeModule } from './field-type.js';
import { EMPTY_MESSAGE, fail, isBlank, ok, stringSetting, withCustomError } from './rules.js';
import { formatDate, fromDateObject, isoDate, isRealDate, parseIsoDatePrefix, parseNatural } from './when.js';

const INVALID = 'is not a valid date';
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  return !!m && isRealDate({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
}

/**
 * `date`: a calendar day. Canonical value: "YYYY-MM-DD".
 *
 * Accepts ISO dates ("2026-03-14"), ISO date-times (the date part is kept as written, whatever the zone),
 * `Date` objects (their local day) and free text read by chrono-node relative to `ctx.referenceDate`
 * ("tomorrow", "next Friday", "March 3rd", "3/14/2026" — numeric dates read US-style when ambiguous).
 * Text that names no day ("March", "7pm") is refused. Errors: "is empty", "is not a valid date" (also for
 * impossible days such as 2025-02-30).
 * Rules: `settings.min_date` / `settings.max_date` ("YYYY-MM-DD", inclusive; other shapes are ignored) and
 * `custom_error`; `validation.min`/`max` do not apply. `format`: "14 March 2026".
 */
export const dateField: FieldTypeModule<string> = {
  type: 'date',
  valueSchema: z.string().regex(ISO_DATE),
  normalise(raw, _field, ctx) {
    if (isBlank(raw)) return fail(EMPTY_MESSAGE);
    if (raw instanceof Date) {
      const parts = fromDateObject(raw);
      return parts ? ok(isoDate(parts.date)) : fail(INVALID);
    }
    if (typeof raw !== 'string') return fail(INVALID);
    const text = raw.trim();
    const iso = parseIsoDatePrefix(text);
    if (iso === null) return fail(INVALID);
    if (iso) return ok(isoDate(iso));
    const natural = parseNatural(text, ctx.referenceDate);
    return natural?.date && isRealDate(natural.date) ? ok(isoDate(natural.date)) : fail(INVALID);
  },
  validate(value, field) {
    if (!isIsoDate(value)) return withCustomError([INVALID], field);
    const problems: string[] = [];
    const min = stringSetting(field, 'min_date');
    const max = stringSetting(field, 'max_date');
    if (min && isIsoDate(min) && value < min) problems.push(`must be on or after ${formatDate(min)}`);
    if (max && isIsoDate(max) && value > max) problems.push(`must be on or before ${formatDate(max)}`);
    return withCustomError(problems, field);
  },
  format(value) {
    return formatDate(value);
  },
};
