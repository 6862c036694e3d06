import * as chrono from 'chrono-node';

/**
 * Calendar and clock helpers shared by date, time and datetime: ISO parsing with real-calendar checks,
 * free-text parsing with chrono-node (https://github.com/wanasit/chrono, English "casual" parser) relative
 * to the run's reference date, and display. Everything works on wall-clock components in the local time
 * zone of the process, never on instants, so the canonical strings carry no zone.
 */

/** A day of the calendar; month 1–12. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** A time of day, 24 h. */
export interface ClockTime {
  hour: number;
  minute: number;
}

/** Day, month name and year in English, read in UTC so the calendar day never shifts ("14 March 2026"). */
const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Whether year-month-day exists in the proleptic Gregorian calendar (2025-02-30 does not). */
export function isRealDate({ year, month, day }: CalendarDate): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

/** Whether hour 0–23 and minute 0–59. */
export function isRealTime({ hour, minute }: ClockTime): boolean {
  return (
    Number.isInteger(hour) && Number.isInteger(minute) && hour >= 0 && hour < 24 && minute >= 0 && minute < 60
  );
}

/** "2026-03-14". */
export function isoDate(d: CalendarDate): string {
  return `${String(d.year).padStart(4, '0')}-${pad2(d.month)}-${pad2(d.day)}`;
}

/** "19:30". */
export function isoTime(t: ClockTime): string {
  return `${pad2(t.hour)}:${pad2(t.minute)}`;
}

/** The local calendar day and clock time of a valid `Date`, or `undefined` for an invalid one. */
export function fromDateObject(d: Date): { date: CalendarDate; time: ClockTime } | undefined {
  if (Number.isNaN(d.getTime())) return undefined;
  return {
    date: { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() },
    time: { hour: d.getHours(), minute: d.getMinutes() },
  };
}

/**
 * Leading ISO 8601 date ("2026-03-14", "2026-03-14T10:00Z" → 2026-03-14), `null` when the text has that shape
 * but is no real date, `undefined` when it has another shape.
 */
export function parseIsoDatePrefix(text: string): CalendarDate | null | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?=$|[T ]\d)/.exec(text);
  if (!m) return undefined;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isRealDate(date) ? date : null;
}

const HOUR_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];
const MINUTE_WORDS: Record<string, string> = {
  fifteen: '15',
  thirty: '30',
  'forty-five': '45',
  'forty five': '45',
};

/**
 * Rewrites spoken clock phrases chrono does not read into ones it does: hour words → digits ("seven" → 7),
 * "half past 3" → "3:30", "quarter past 3" → "3:15", "quarter to 8" → "7:45", "seven thirty" → "7:30",
 * "3:30 in the morning" → "3:30 am", "… in the afternoon/evening" → "… pm".
 */
export function prepareSpokenTime(text: string): string {
  const hourWord = `\\b(${HOUR_WORDS.join('|')})\\b`;
  const hourNumber = (h: string): number => (/^\d+$/.test(h) ? Number(h) : HOUR_WORDS.indexOf(h) + 1);
  let s = text.toLowerCase();
  s = s.replace(
    new RegExp(`\\b(\\d{1,2}|${HOUR_WORDS.join('|')}) (fifteen|thirty|forty[- ]five)\\b`, 'g'),
    (_, h: string, m: string) => `${hourNumber(h)}:${MINUTE_WORDS[m]}`,
  );
  s = s.replace(new RegExp(hourWord, 'g'), (w) => String(hourNumber(w)));
  s = s.replace(/\bhalf past (\d{1,2})\b/g, '$1:30');
  s = s.replace(/\b(?:a )?quarter past (\d{1,2})\b/g, '$1:15');
  s = s.replace(
    /\b(?:a )?quarter to (\d{1,2})\b/g,
    (_, h: string) => `${Number(h) === 1 ? 12 : Number(h) - 1}:45`,
  );
  s = s.replace(/\b(\d{1,2}(?::\d{2})?) in the morning\b/g, '$1 am');
  s = s.replace(/\b(\d{1,2}(?::\d{2})?) in the (?:afternoon|evening)\b/g, '$1 pm');
  return s;
}

/** What free text said: the day (when it named one) and the time of day (when it named one). */
export interface NaturalWhen {
  date?: CalendarDate;
  time?: ClockTime;
}

/**
 * Reads the first date/time expression in free text with chrono-node, relative to `reference` (a local
 * time): "next Friday", "March 3rd", "tomorrow at 5pm", "7:30 PM". A day counts as named when chrono is
 * certain of the day or the weekday (so "March" alone names none); a time when it is certain of the hour.
 * Returns `undefined` when nothing was recognised.
 */
export function parseNatural(text: string, reference: Date): NaturalWhen | undefined {
  let results: chrono.ParsedResult[];
  try {
    results = chrono.parse(text, reference);
  } catch {
    return undefined;
  }
  const start = results[0]?.start;
  if (!start) return undefined;
  const out: NaturalWhen = {};
  const year = start.get('year');
  const month = start.get('month');
  const day = start.get('day');
  if (
    (start.isCertain('day') || start.isCertain('weekday')) &&
    year !== null &&
    month !== null &&
    day !== null
  )
    out.date = { year, month, day };
  const hour = start.get('hour');
  if (start.isCertain('hour') && hour !== null) out.time = { hour, minute: start.get('minute') ?? 0 };
  return out.date || out.time ? out : undefined;
}

/** "2026-03-14" → "14 March 2026" (the input unchanged when it is not an ISO date). */
export function formatDate(iso: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : DATE_FORMAT.format(date);
}

/** "19:30" → "7:30 PM", "00:05" → "12:05 AM" (the input unchanged when it is not HH:MM). */
export function formatClock(hhmm: string): string {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!m) return hhmm;
  const hour = Number(m[1]);
  return `${hour % 12 === 0 ? 12 : hour % 12}:${m[2]} ${hour < 12 ? 'AM' : 'PM'}`;
}
