import type { Option } from '../../../core/wizard/definition.js';
import { LruMap } from '../../../core/lru-map.js';
import { MONTHS, MONTH_NAMES } from './calendar-words.js';
import { findDateTimes } from './dates.js';
import { normalize, stripFillers } from './normalize.js';
import { ORDINAL_WORDS } from './number-lexicon.js';

/**
 * Options whose labels hold a day or a stretch of days ("Week 2: June 28–July 2", "Session B: Aug 9–13"), chosen
 * by the days said: a stretch ("june 28 thru july 2", "july 12-16") chooses the options it overlaps, a day ("the
 * week of july 26") the option holding it, a month said alone ("all of July", "in august") the options lying
 * wholly in it. Label and utterance are read by the same date reader (`findDateTimes`), so a label's days and
 * the days said agree however the year is resolved; only month and day are compared, unless a year is said.
 */

/** A stretch of days as day numbers of a year (`dayNumber`); `end` before `start` runs over the new year. */
export interface DayRange {
  start: number;
  end: number;
  /** the year of the first day as the reader resolved it */
  year: number;
}

/** A day's number in the year from "YYYY-MM-DD": month × 32 + day (an order, not a count). */
const dayNumber = (date: string) => Number(date.slice(5, 7)) * 32 + Number(date.slice(8, 10));
/** The number of days of a stretch (months taken as 31 days: enough to tell a short week from a long one). */
export const dayCount = (r: DayRange) => {
  const days = (n: number) => Math.floor(n / 32) * 31 + (n % 32);
  return ((days(r.end) - days(r.start) + 372) % 372) + 1;
};
const holds = (r: DayRange, day: number) =>
  r.start <= r.end ? day >= r.start && day <= r.end : day >= r.start || day <= r.end;
const overlaps = (a: DayRange, b: DayRange) =>
  holds(a, b.start) || holds(a, b.end) || holds(b, a.start) || holds(b, a.end);

const MONTH_WORD = new RegExp(String.raw`\b(?:${MONTH_NAMES})\b`);

/** A stretch of days said, with where it was said in the text ([start, end) offsets). */
type SaidRange = DayRange & { at: number; to: number };

/** The days said in `text`: each day with the end of its stretch when one follows ("from X to Y", "X-Y"). */
function saidRanges(text: string, referenceDate: Date): SaidRange[] {
  const out: SaidRange[] = [];
  let cursor = 0;
  for (const m of findDateTimes(text, referenceDate)) {
    if (!m.hasDate || !m.date) continue;
    const day = dayNumber(m.date);
    const found = text.indexOf(m.span.toLowerCase(), cursor);
    const at = found >= 0 ? found : m.index;
    const to = at + m.span.length;
    cursor = to;
    const last = out[out.length - 1];
    if (m.rangeEnd && last && last.start === last.end) {
      last.end = day;
      last.to = to;
    } else out.push({ start: day, end: day, year: Number(m.date.slice(0, 4)), at, to });
  }
  return out;
}

const labelRanges = new LruMap<string, DayRange | null>(512);

/** The stretch of days a label names ("Week 2: June 28–July 2"), or null when it names no day. */
function labelRange(label: string, referenceDate: Date): DayRange | null {
  const key = `${referenceDate.toISOString().slice(0, 10)} ${label}`;
  const known = labelRanges.get(key);
  if (known !== undefined) return known;
  const text = normalize(label);
  const said = MONTH_WORD.test(text) ? saidRanges(text, referenceDate) : [];
  const range = said.length === 1 ? { start: said[0]!.start, end: said[0]!.end, year: said[0]!.year } : null;
  labelRanges.set(key, range);
  return range;
}

/**
 * The stretch of days each option's label names, in option order; null unless at least two options name one
 * (a list of dated sessions, not one option that happens to mention a day).
 */
export function optionRanges(options: Option[], referenceDate: Date): Array<DayRange | null> | null {
  const ranges = options.map((o) => labelRange(o.label, referenceDate));
  return ranges.filter(Boolean).length >= 2 ? ranges : null;
}

/** A day of the month said before a month: "26 ", "26th of ", "fourth of ", "twenty-first of ". */
const DAY_BEFORE = new RegExp(
  String.raw`(?:\d(?:st|nd|rd|th)?|\b(?:(?:twenty|thirty)[\s-])?(?:${Object.keys(ORDINAL_WORDS).join('|')}))\s+(?:of\s+)?$`,
);

/**
 * Whether the month said at [at, to) of normalized `text` chooses all its options: it is the whole answer
 * ("july", "in august please"), or said with a word for all ("all of july", "the whole of august", "every week
 * in july") or after a plural ("the weeks in july"). "the short week in july" describes one option and does
 * not.
 */
function monthChooses(text: string, at: number, to: number): boolean {
  const before = text.slice(0, at);
  if (/\b(?:all|whole|entire|every|each)\b(?:\s+[a-z]+){0,3}\s+$/.test(before)) return true;
  if (/\b[a-z]{2,}[^s']s\s+(?:in|of|during)\s+$/.test(before)) return true;
  const alone = /^(?:(?:just|only|in|the|month|of)(?:\s+|$))*$/;
  return alone.test(stripFillers(before)) && stripFillers(text.slice(to)) === '';
}

/**
 * A month said in normalized `text` without a day of it ("all of july", "in august"), as 1–12, with its
 * offsets. "may" is a month only after "in", "of", "during" or "for" ("she may also come" is no May).
 */
export function bareMonths(text: string): Array<{ month: number; at: number; to: number }> {
  const out: Array<{ month: number; at: number; to: number }> = [];
  const re = new RegExp(String.raw`\b(${MONTHS.join('|')})\b(?!\s*(?:\d|the\s+\d))`, 'g');
  for (const m of text.matchAll(re)) {
    const before = text.slice(0, m.index);
    // "the 26th of july", "26 july", "the fourth of july": a day of the month, not the month
    if (DAY_BEFORE.test(before)) continue;
    if (m[1] === 'may' && !/\b(?:in|of|during|for)\s+$/.test(before)) continue;
    out.push({ month: MONTHS.indexOf(m[1]!) + 1, at: m.index, to: m.index + m[0].length });
  }
  return out;
}

/** The indexes of the options lying wholly in `month` (1–12), in option order. */
export function optionsInMonth(month: number, ranges: Array<DayRange | null>): number[] {
  const inMonth = (n: number) => Math.floor(n / 32) === month;
  return ranges.flatMap((r, i) => (r && r.start <= r.end && inMonth(r.start) && inMonth(r.end) ? [i] : []));
}

/** Options chosen by days said, with where the words that said them lie ([start, end) offsets in normalized text). */
export interface DatedChoice {
  indexes: number[];
  spans: Array<[number, number]>;
}

/**
 * The options of `options` the days said in normalized `text` choose (see the file comment); `months`: a month
 * said alone chooses its options too (for an answer to the field's own question). Null when no option is chosen.
 */
export function datedOptions(
  text: string,
  options: Option[],
  referenceDate: Date,
  months = true,
): DatedChoice | null {
  if (!MONTH_WORD.test(text) && !/\d/.test(text)) return null;
  const ranges = optionRanges(options, referenceDate);
  if (!ranges) return null;
  const chosen = new Set<number>();
  const spans: Array<[number, number]> = [];
  for (const said of saidRanges(text, referenceDate)) {
    // "born July 26, 2018": a day of another year is no day of these sessions
    if (/\b\d{4}\b/.test(text.slice(said.at, said.to)) && !ranges.some((r) => r?.year === said.year))
      continue;
    const hit = ranges.flatMap((r, i) => (r && overlaps(r, said) ? [i] : []));
    hit.forEach((i) => chosen.add(i));
    if (hit.length) spans.push([said.at, said.to]);
  }
  if (months)
    for (const m of bareMonths(text)) {
      if (!monthChooses(text, m.at, m.to)) continue;
      const hit = optionsInMonth(m.month, ranges);
      hit.forEach((i) => chosen.add(i));
      if (hit.length) spans.push([m.at, m.to]);
    }
  return chosen.size ? { indexes: [...chosen].sort((a, b) => a - b), spans } : null;
}
