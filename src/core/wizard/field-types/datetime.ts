import { z } from 'zod';
import type { FieldTypeModule } from './field-type.js';
import { EMPTY_MESSAGE, fail, isBlank, ok, withCustomError } from './rules.js';
import {
  formatClock,
  formatDate,
  fromDateObject,
  isoDate,
  isoTime,
  isRealDate,
  isRealTime,
  parseNatural,
  prepareSpokenTime,
} from './when.js';

const INVALID = 'is not a valid date and time';
const LOCAL_DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const ISO_DATETIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/i;

function fromIso(text: string): string | null | undefined {
  const m = ISO_DATETIME.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute] = m.slice(1, 6).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (!isRealDate({ year, month, day }) || !isRealTime({ hour, minute })) return null;
  return `${isoDate({ year, month, day })}T${isoTime({ hour, minute })}`;
}

/**
 * `datetime`: a day and a time of day, without a zone. Canonical value: "YYYY-MM-DDTHH:MM".
 *
 * Accepts ISO date-times ("2026-03-14T19:30", with optional seconds; a zone designator is dropped and the
 * wall-clock digits kept, so browser and server agree), `Date` objects (local day and time) and free text
 * read by chrono-node relative to `ctx.referenceDate` ("tomorrow at 5pm", "next Friday at half past 3 in the
 * afternoon"; a time alone means the reference day). Errors: "is empty", "is not a valid date and time",
 * "needs a time of day" (a day without a time). Rules: `custom_error` only.
 * `format`: "14 March 2026, 7:30 PM".
 */
export const datetimeField: FieldTypeModule<string> = {
  type: 'datetime',
  valueSchema: z.string().regex(LOCAL_DATETIME),
  normalise(raw, _field, ctx) {
    if (isBlank(raw)) return fail(EMPTY_MESSAGE);
    if (raw instanceof Date) {
      const parts = fromDateObject(raw);
      return parts ? ok(`${isoDate(parts.date)}T${isoTime(parts.time)}`) : fail(INVALID);
    }
    if (typeof raw !== 'string') return fail(INVALID);
    const text = raw.trim();
    const iso = fromIso(text);
    if (iso === null) return fail(INVALID);
    if (iso) return ok(iso);
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return fail('needs a time of day');
    const natural = parseNatural(prepareSpokenTime(text), ctx.referenceDate);
    if (!natural) return fail(INVALID);
    if (!natural.time) return fail('needs a time of day');
    const date = natural.date ?? fromDateObject(ctx.referenceDate)?.date;
    if (!date || !isRealDate(date) || !isRealTime(natural.time)) return fail(INVALID);
    return ok(`${isoDate(date)}T${isoTime(natural.time)}`);
  },
  validate(value, field) {
    return withCustomError(fromIso(value) === value ? [] : [INVALID], field);
  },
  format(value) {
    const m = LOCAL_DATETIME.exec(value);
    return m ? `${formatDate(value.slice(0, 10))}, ${formatClock(value.slice(11))}` : value;
  },
};
