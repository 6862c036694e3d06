import type { DateTimeMatch } from './dates.js';

/**
 * A year taken back right after a full date ("3rd May 1985 - sorry, 1986", "14/02/1979, no wait, 1997"):
 * the date keeps its day and month and takes the year said after the correcting word.
 */

/** A correcting word and the year said after it, right after a date's words. */
const YEAR_AFTER =
  /^\s*[-–—,.;:]*\s*(?:(?:no|nope|sorry|oops|wait|actually|i mean|or rather|rather|make (?:it|that))[\s,.!:–—-]*)+((?:19|20)\d\d)\b(?!\s*[:/.-]\d)/i;

/**
 * `mentions` (of `text`) with the year of a date that holds a year replaced by a year said right after it
 * behind a correcting word; unchanged when the corrected day would not exist (29 February).
 */
export function withCorrectedYears(mentions: DateTimeMatch[], text: string): DateTimeMatch[] {
  return mentions.map((m) => {
    if (!m.hasDate || !m.date || !/\b(?:19|20)\d\d\b/.test(m.span)) return m;
    const year = YEAR_AFTER.exec(text.slice(m.index + m.span.length).replace(/[\u2018\u2019]/g, "'"))?.[1];
    if (!year) return m;
    const date = `${year}${m.date.slice(4)}`;
    const real = new Date(`${date}T12:00:00Z`);
    return real.toISOString().slice(0, 10) === date ? { ...m, date } : m;
  });
}
