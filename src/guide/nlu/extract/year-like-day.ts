import type * as chrono from 'chrono-node';
import { MONTH_NAMES } from './calendar-words.js';

/** A month name and one or two digits, nothing else: "January 11", "Feb 3". */
const MONTH_AND_NUMBER = new RegExp(String.raw`^(?:${MONTH_NAMES})\.?\s+(\d{1,2})$`, 'i');

/**
 * Rereads with `monthFirst` each "January 11" that a day-first reading took for a month and a year (chrono's
 * British English reads "January 11" as January 2011): a number of a day's size right after a month name
 * is its day. Results are chrono's, in order; a two-digit number no day has ("Jan 95") stays a year.
 */
export function withYearLikeDays(
  results: chrono.ParsedResult[],
  monthFirst: chrono.Chrono,
  referenceDate: Date,
): chrono.ParsedResult[] {
  return results.map((r) => {
    const c = r.start;
    if (c.isCertain('day') || !c.isCertain('month') || !c.isCertain('year')) return r;
    const day = Number(MONTH_AND_NUMBER.exec(r.text.trim())?.[1] ?? 0);
    if (day < 1 || day > 31) return r;
    const reread = monthFirst.parse(r.text, referenceDate, { forwardDate: true })[0];
    return reread?.start.isCertain('day') ? Object.assign(reread, { index: r.index + reread.index }) : r;
  });
}
