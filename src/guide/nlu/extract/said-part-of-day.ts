import { partOfDay } from './bare-hour.js';
import type { DateTimeMatch } from './dates.js';

/**
 * A time said without am/pm after words of its sentence that name the part of the day ("Thursday morning
 * around 6:45", "sunday night, about 11:15"): the part of the day settles it, where the hour alone would be
 * guessed (1–6 read as pm, 10–12 as am). Pure.
 */

/** The words of `text` before position `at` in its sentence (after the last ". ", "? " or "! "). */
function sentenceBefore(text: string, at: number): string {
  const stops = [...text.slice(0, at).matchAll(/[.!?](?:\s|$)/g)];
  const last = stops[stops.length - 1];
  return text.slice(last ? last.index + 1 : 0, at);
}

/** A part of the day said as not meant: "not in the morning", "no evenings". */
const DENIED_PART = /\b(?:not|no)\s+(?:in\s+)?(?:the\s+)?(?:mornings?|afternoons?|evenings?|nights?)\b/i;

/**
 * Whether a time read as `hour` (0–23) leaves its half of the day open: guessed, or an hour of 1–12 said
 * without am/pm and not written "09:30".
 */
function openHalf(m: DateTimeMatch, hour: number): boolean {
  if (m.guessedMeridiem) return true;
  return hour >= 1 && hour <= 12 && !/[ap]\.?\s?m\b|\b0\d:/i.test(m.span);
}

/**
 * `mentions` of `text` with each time whose half of the day is open (guessed: "6:45", or an hour of 10–12
 * said without am/pm: "11:15") set to the half that its sentence names before it (`partOfDay`): "Thursday
 * morning … around 6:45" → 06:45, "sunday night, about 11:15" → 23:15. A night hour of 12–4 is am ("late
 * at night, 2:30"). Mentions keep their order; a sentence that names neither half before the time, both, or
 * one denied ("not in the morning"), leaves the time as read.
 */
export function withSaidPartOfDay(mentions: DateTimeMatch[], text: string): DateTimeMatch[] {
  return mentions.map((m) => {
    if (!m.hasTime || !m.time) return m;
    const [h, min] = m.time.split(':').map(Number) as [number, number];
    if (!openHalf(m, h)) return m;
    // chrono's span may open with the part of the day ("night, 2:30"): the words before its digits count
    const before = sentenceBefore(text, m.index + Math.max(0, m.span.search(/\d/)));
    const part = partOfDay(before);
    if (!part || DENIED_PART.test(before)) return m;
    const onClock = h % 12;
    // "afternoon … 11:30" is no 23:30: an hour of 7–11 is pm only in the evening or at night
    if (part === 'pm' && onClock >= 7 && !/\b(?:evening|night|tonight|late)\b/i.test(before)) return m;
    const smallHours = /\bnight\b/i.test(before) && onClock <= 4;
    const hour = part === 'am' || smallHours ? onClock : onClock + 12;
    const time = `${String(hour).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
    return { ...m, time, guessedMeridiem: false };
  });
}
