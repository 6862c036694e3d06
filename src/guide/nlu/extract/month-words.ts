/**
 * Month words chrono misses, rewritten into ones it reads: a month name misspelled ("febuary", "decmber"), a
 * short month after a day ("from 1 feb" is otherwise one o'clock) and the start of a month ("start of
 * February", "beginning of next month": its 1st).
 */

import damerauLevenshtein from 'damerau-levenshtein';
import { MONTHS } from './calendar-words.js';

/** Short forms of the months after a day; "may" is its own full name. */
const SHORT =
  /\b(\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?/gi;
/** "start of February", "beginning of next month". */
const START = new RegExp(
  String.raw`\b(?:the\s+)?(?:start|beginning)\s+of\s+(next month|${MONTHS.join('|')})\b`,
  'gi',
);

/**
 * The month a word misspells: one of the long names (seven letters or more), with the same first three
 * letters and at most two edits by Damerau–Levenshtein distance, a swap of neighbouring letters counting one ("febuary", "janurary", "septmber"); null for a month spelled right and for
 * any other word ("remember", "octopus", "marsh").
 */
export function misspeltMonth(word: string): string | null {
  const w = word.toLowerCase();
  if (w.length < 6 || MONTHS.includes(w)) return null;
  return (
    MONTHS.find((m) => m.length >= 7 && m.startsWith(w.slice(0, 3)) && damerauLevenshtein(w, m).steps <= 2) ??
    null
  );
}

/**
 * `text` with its month words put as chrono reads them: "start of febuary" → "the 1st of february", "from
 * 1 feb" → "from 1 february", "beginning of next month" → "the 1st of next month". Other words stay.
 */
export function withMonthWords(text: string): string {
  return text
    .replace(/\b[a-z]{6,}\b/gi, (w) => misspeltMonth(w) ?? w)
    .replace(SHORT, (_m, day: string, short: string) => {
      const full = MONTHS.find((m) => m.startsWith(short.toLowerCase().slice(0, 3)))!;
      return `${day}${full}`;
    })
    .replace(START, (_m, month: string) => `the 1st of ${month}`);
}
