/**
 * A relative year said with a month, rewritten as the year it names, for chrono:
 * - "next year", "this year", "last year" right after a month ("the first of May next year", "June 14th this
 *   year", "in March of next year"): chrono reads the day alone and takes "next year, 1pm" for one more mention;
 * - "next", "this", "last" right before a month name ("the 12th of next June", "next March", "last October
 *   the 3rd"): chrono drops the word and reads "the 12th" as a day of the current month. "next June" is the
 *   first June after the month of speaking, "last June" the last one before it, "this June" the one of this
 *   year. "may" counts as the month only when written "May" or with a day beside it ("this may take a while"
 *   stays), and none
 *   after "the" ("the next march is in town").
 * Pure.
 */

import { MONTHS } from './calendar-words.js';

/** A month name, full or short, with the day after it if said ("May", "june 14th", "Sept. 3"). */
const MONTH_DAY = String.raw`\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?(?:\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?)?`;
const RELATIVE_YEAR = new RegExp(String.raw`(${MONTH_DAY})\s*,?\s+(?:of\s+)?(next|this|last)\s+year\b`, 'gi');
const OFFSET: Readonly<Record<string, number>> = { last: -1, this: 0, next: 1 };

/** "next June", "this Sept", "last october the 3rd": the word, the month (full or short) and a day after it. */
const RELATIVE_MONTH = new RegExp(
  String.raw`\b(next|this|last)\s+(jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?(\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b)?`,
  'gi',
);
/** A day said right before the match ("the 12th of ", "3 "): "may" beside it is the month. */
const DAY_BEFORE = /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?$/i;
/** "the" or "a" right before: "the next march" is a noun's ("the next march is in town"). */
const ARTICLE_BEFORE = /\b(?:the|a|an)\s+$/i;

/** The year of the month `month` (1–12) that `which` names, seen from `referenceDate`. */
function yearOfMonth(which: string, month: number, referenceDate: Date): number {
  const year = referenceDate.getFullYear();
  const now = referenceDate.getMonth() + 1;
  if (which === 'next') return month > now ? year : year + 1;
  if (which === 'last') return month < now ? year : year - 1;
  return year;
}

/** `text` with a relative year said with a month written as its number, counted from `referenceDate`. */
export function withRelativeYears(text: string, referenceDate: Date): string {
  return text
    .replace(
      RELATIVE_YEAR,
      (_m, month: string, which: string) =>
        `${month} ${referenceDate.getFullYear() + OFFSET[which.toLowerCase()]!}`,
    )
    .replace(
      RELATIVE_MONTH,
      (m, which: string, name: string, day: string | undefined, offset: number, all: string) => {
        if (ARTICLE_BEFORE.test(all.slice(0, offset))) return m;
        if (name.toLowerCase() === 'may' && name !== 'May' && !day && !DAY_BEFORE.test(all.slice(0, offset)))
          return m;
        const month = MONTHS.findIndex((full) => full.startsWith(name.toLowerCase().slice(0, 3))) + 1;
        const year = yearOfMonth(which.toLowerCase(), month, referenceDate);
        // a day after the month goes before it: chrono reads "June the 12th 2027" as June's 1st and the 12th
        return day ? `${day.trim().replace(/^the\s+/i, '')} of ${name} ${year}` : `${name} ${year}`;
      },
    );
}
