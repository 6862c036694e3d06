import type { SaidDayParts } from './dates.js';
import { localDay } from './dates.js';

/**
 * A day said without its year for something that already happened: "it came loose on Friday the 4th", "it
 * started Saturday" for "When did it start?". chrono reads such a day forward (the coming Friday the 4th,
 * next Saturday); said of the past, it is the latest day with those parts on or before the day of speaking.
 * Pure.
 */

/** How far back a day is looked for: a little over a year. */
const MAX_DAYS_BACK = 400;

/**
 * The latest day ("YYYY-MM-DD") on or before `referenceDate` with the said `parts` (month, day, weekday),
 * when `date` (chrono's forward reading of them) lies after it: "Friday the 4th" on Monday 7 December 2026 →
 * "2026-12-04"; "Saturday" → "2026-12-05"; "29 November" → "2026-11-29". `date` itself when it does not lie
 * ahead, when no parts were said, or when no day within a year has them.
 */
export function dayBehind(date: string, parts: SaidDayParts | undefined, referenceDate: Date): string {
  if (!parts || date <= localDay(referenceDate)) return date;
  const day = new Date(referenceDate.getFullYear(), referenceDate.getMonth(), referenceDate.getDate(), 12);
  for (let back = 0; back <= MAX_DAYS_BACK; back++) {
    const fits =
      (parts.month === undefined || day.getMonth() + 1 === parts.month) &&
      (parts.day === undefined || day.getDate() === parts.day) &&
      (parts.weekday === undefined || day.getDay() === parts.weekday);
    if (fits) return localDay(day);
    day.setDate(day.getDate() - 1);
  }
  return date;
}
