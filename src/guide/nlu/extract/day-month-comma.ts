import { MONTH_NAMES } from './calendar-words.js';

/**
 * chrono reads a month name, a comma and an ordinal word as one date ("December, first" → 1 December), even
 * when the month already has its day before it ("Monday 14th December, first thing in the morning"), and
 * the longer reading wins over the right one.
 */

/** Ordinal words that begin a day of the month ("first" … "thirty-first"). */
const ORDINAL_WORD =
  '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty|thirtieth|thirty)';
const DAY_MONTH_COMMA = new RegExp(
  String.raw`(\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTH_NAMES})\b\.?(?:\s+\d{4})?\s*),(?=\s*${ORDINAL_WORD}\b)`,
  'gi',
);

/**
 * `text` with the comma after a day and its month ("14th December,") turned into a semicolon when an
 * ordinal word follows, so chrono keeps the day said; same length, so offsets stay.
 */
export function keepSaidDay(text: string): string {
  return text.replace(DAY_MONTH_COMMA, '$1;');
}
