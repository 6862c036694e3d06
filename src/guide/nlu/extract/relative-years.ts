/**
 * "next year", "this year", "last year" said right after a month ("the first of May next year", "June 14th
 * this year", "in March of next year"), rewritten as the year they name, for chrono: it reads the day alone
 * and takes "next year, 1pm" for one more mention. Pure.
 */

/** A month name, full or short, with the day after it if said ("May", "june 14th", "Sept. 3"). */
const MONTH_DAY = String.raw`\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?(?:\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?)?`;
const RELATIVE_YEAR = new RegExp(String.raw`(${MONTH_DAY})\s*,?\s+(?:of\s+)?(next|this|last)\s+year\b`, 'gi');
const OFFSET: Readonly<Record<string, number>> = { last: -1, this: 0, next: 1 };

/** `text` with a relative year said after a month written as its number, counted from `referenceDate`. */
export function withRelativeYears(text: string, referenceDate: Date): string {
  return text.replace(
    RELATIVE_YEAR,
    (_m, month: string, which: string) =>
      `${month} ${referenceDate.getFullYear() + OFFSET[which.toLowerCase()]!}`,
  );
}
