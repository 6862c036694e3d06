import { z } from 'zod';
import type { FieldTypeModule } from './field-type.js';
import { EMPTY_MESSAGE, fail, isBlank, ok, withCustomError } from './rules.js';
import { formatClock, fromDateObject, isoTime, isRealTime, parseNatural, prepareSpokenTime } from './when.js';

const INVALID = 'is not a valid time';
const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * `time`: a time of day. Canonical value: "HH:MM", 24 h.
 *
 * Accepts "19:30", "7:05", "19:30:00" (seconds dropped), `Date` objects (their local time) and free text read
 * by chrono-node after spoken phrases are rewritten (see `prepareSpokenTime`): "7pm", "7:30 PM", "noon",
 * "half past 3 in the afternoon", "quarter to eight". Text without a definite hour ("this evening") is
 * refused. Errors: "is empty", "is not a valid time". Rules: `custom_error` only.
 * `format`: "7:30 PM".
 */
export const timeField: FieldTypeModule<string> = {
  type: 'time',
  valueSchema: z.string().regex(HH_MM),
  normalise(raw, _field, ctx) {
    if (isBlank(raw)) return fail(EMPTY_MESSAGE);
    if (raw instanceof Date) {
      const parts = fromDateObject(raw);
      return parts ? ok(isoTime(parts.time)) : fail(INVALID);
    }
    if (typeof raw !== 'string') return fail(INVALID);
    const text = raw.trim();
    const clock = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(text);
    if (clock) {
      const time = { hour: Number(clock[1]), minute: Number(clock[2]) };
      return isRealTime(time) ? ok(isoTime(time)) : fail(INVALID);
    }
    const natural = parseNatural(prepareSpokenTime(text), ctx.referenceDate);
    return natural?.time && isRealTime(natural.time) ? ok(isoTime(natural.time)) : fail(INVALID);
  },
  validate(value, field) {
    return withCustomError(HH_MM.test(value) ? [] : [INVALID], field);
  },
  format(value) {
    return formatClock(value);
  },
};
