/**
 * Month words chrono misses, rewritten into ones it reads: a month name misspelled ("febuary", "decmber"), a
 * short month after a day ("from 1 feb" is otherwise one o'clock) and the start of a month ("start of
 * February", "beginning of next month": its 1st).
 */

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
/** Short forms of the months after a day; "may" is its own full name. */
const SHORT =
  /\b(\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?/gi;
/** "start of February", "beginning of next month". */
const START = new RegExp(
  String.raw`\b(?:the\s+)?(?:start|beginning)\s+of\s+(next month|${MONTHS.join('|')})\b`,
  'gi',
);

/** Edit distance with a swap of two neighbouring letters as one edit ("feburary" → "february" is 1). */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  return d[a.length]![b.length]!;
}

/**
 * The month a word misspells: one of the long names (seven letters or more), with the same first three
 * letters and at most two edits ("febuary", "janurary", "septmber"); null for a month spelled right and for
 * any other word ("remember", "octopus", "marsh").
 */
export function misspeltMonth(word: string): string | null {
  const w = word.toLowerCase();
  if (w.length < 6 || MONTHS.includes(w)) return null;
  return MONTHS.find((m) => m.length >= 7 && m.startsWith(w.slice(0, 3)) && distance(w, m) <= 2) ?? null;
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
