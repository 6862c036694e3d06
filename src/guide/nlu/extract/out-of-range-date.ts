import type { Field } from '../../../core/wizard/definition.js';
import type { ExtractContext } from './types.js';
import { findDateTimes } from './dates.js';
import { dateFor, isPlausibleDate } from './date-fields.js';

/** A day said for a date field that the field cannot take, and which side of today it lies on. */
export interface OutOfRangeDate {
  /** the day as read for the field, "YYYY-MM-DD" */
  date: string;
  /** `ahead`: a day still to come for a field about what happened or a birth date; `behind`: a day gone */
  side: 'ahead' | 'behind';
}

/**
 * Why a date field took nothing from `utterance` when a day was said: every day said lies on the side of
 * today the field cannot take (see `isPlausibleDate`) — "11 December" for "Date of the incident" on 7
 * December lies ahead, "yesterday" for a preferred visit day lies behind. Null when no day was said, or one
 * of them fits, or the field is no date field. Lets the guide say why it asks again instead of "I didn't
 * catch that".
 */
export function outOfRangeDate(field: Field, utterance: string, ctx: ExtractContext): OutOfRangeDate | null {
  if (field.type !== 'date') return null;
  const said = findDateTimes(utterance, ctx.referenceDate, ctx.defaultRegion, ctx.lead).filter(
    (d) => d.hasDate && d.date,
  );
  if (said.length === 0) return null;
  const read = said.map((d) => ({ ...d, date: dateFor(field, { ...d, date: d.date! }, ctx.referenceDate) }));
  if (read.some((d) => isPlausibleDate(field, d, ctx.referenceDate))) return null;
  const first = read[0]!;
  return { date: first.date, side: first.pastRelative ? 'behind' : 'ahead' };
}
