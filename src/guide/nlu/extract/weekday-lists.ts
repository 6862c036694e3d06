import { WEEKDAY_WORD } from './calendar-words.js';
import type { DateTimeMatch } from './dates.js';

/**
 * Weekdays said as the days someone is usually free rather than as one day: a list of them ("tuesday,
 * thursday and saturday", "Saturday and Sunday only", "monday tuesday and wednesday") or one said with
 * "every" / "each" / "most" ("every Tuesday"). chrono reads each as the coming one, which is no day chosen.
 */

const WEEKDAY = String.raw`${WEEKDAY_WORD}s?\.?`;
/** A mention that is a weekday alone, without its day of the month ("on tuesday,", "Sat"). */
const WEEKDAY_ONLY = new RegExp(String.raw`^(?:on\s+)?${WEEKDAY},?$`, 'i');
/**
 * What may stand between two weekdays of one list: commas, "and", "or", "&", "/". Not "to" or "until": "Monday
 * to Friday" is a stretch of days, a pick-up and a return.
 */
const JOIN = String.raw`[\s,]*(?:(?:and|or|&|\/|\+|plus)[\s,]*)?(?:on\s+)?`;
const LISTED_AFTER = new RegExp(String.raw`^${JOIN}${WEEKDAY}(?![a-z])`, 'i');
const LISTED_BEFORE = new RegExp(String.raw`(?<![a-z])${WEEKDAY}${JOIN}$`, 'i');
/** Words before a weekday that make it come round again: "every Tuesday", "each Monday", "most Fridays". */
const REPEATING = /\b(?:every|each|most|all)\s+(?:other\s+)?$/i;

/**
 * `mentions` (of `text`, in order) with the weekdays said as recurring days marked `approximate`: a weekday
 * next to another joined by a comma, "and" or "or", and one after "every", "each" or "most". A weekday said
 * alone ("Tuesday at 3"), as a stretch ("Monday to Friday") or beside its date ("Monday the 4th") is left as it
 * is.
 */
export function withRecurringWeekdays(mentions: DateTimeMatch[], text: string): DateTimeMatch[] {
  return mentions.map((m) => {
    if (!m.hasDate || !WEEKDAY_ONLY.test(m.span.trim())) return m;
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const after = text.slice(m.index + m.span.length);
    const listed = LISTED_BEFORE.test(before) || LISTED_AFTER.test(after);
    return listed || REPEATING.test(before) ? { ...m, approximate: true } : m;
  });
}
