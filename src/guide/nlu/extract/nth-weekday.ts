import type * as chrono from 'chrono-node';
import { MONTH_NAMES } from './calendar-words.js';

/**
 * A chrono-node parser for a weekday counted within a month ("the first Monday in February", "2nd Tuesday
 * of March 2027", "the last Friday of next month"): chrono reads only the weekday (the coming one) and the
 * month (its first day). Without a year the month is the next one on or after the reference day.
 */

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** Counting words, by the week of the month they name ("last" is -1). */
const NTH: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  fifth: 5,
  '5th': 5,
  last: -1,
  final: -1,
};
const MONTH_PREFIXES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const PATTERN = new RegExp(
  String.raw`\b(?:the\s+)?(${Object.keys(NTH).join('|')})\s+(${WEEKDAYS.map((d) => d.slice(0, 3)).join('|')})[a-z]*\s+(?:in|of)\s+(?:(this|next)\s+month|(${MONTH_NAMES})\.?(?:\s+(\d{4}))?)\b`,
  'i',
);

/** The day of the month of the `nth` (1-5, or -1 for the last) `weekday` (0 = Sunday); null if none. */
export function nthWeekdayOf(year: number, month: number, weekday: number, nth: number): number | null {
  const days = new Date(year, month, 0).getDate();
  if (nth < 0) {
    const lastWeekday = new Date(year, month - 1, days).getDay();
    return days - ((lastWeekday - weekday + 7) % 7);
  }
  const firstWeekday = new Date(year, month - 1, 1).getDay();
  const day = 1 + ((weekday - firstWeekday + 7) % 7) + (nth - 1) * 7;
  return day <= days ? day : null;
}

/** The parser, for `parser.parsers.push(nthWeekdayParser)`. */
export const nthWeekdayParser: chrono.Parser = {
  pattern: () => PATTERN,
  extract: (context, match) => {
    const nth = NTH[match[1]!.toLowerCase()]!;
    const weekday = WEEKDAYS.findIndex((d) => d.startsWith(match[2]!.toLowerCase()));
    const ref = context.refDate;
    const refDay = new Date(ref.getFullYear(), ref.getMonth(), ref.getDate());
    let year = ref.getFullYear();
    let month = ref.getMonth() + 1;
    const which = match[3]?.toLowerCase();
    if (which === 'next') month += 1;
    else if (match[4]) {
      month = MONTH_PREFIXES.indexOf(match[4].toLowerCase().slice(0, 3)) + 1;
      if (match[5]) year = Number(match[5]);
    }
    if (month > 12) {
      month -= 12;
      year += 1;
    }
    let day = nthWeekdayOf(year, month, weekday, nth);
    // a month named without its year is the coming one: this year's, unless that day is behind us
    if (match[4] && !match[5] && (day === null || new Date(year, month - 1, day) < refDay)) {
      year += 1;
      day = nthWeekdayOf(year, month, weekday, nth);
    }
    if (day === null) return null;
    return context.createParsingComponents({ day, month, year, weekday });
  },
};
