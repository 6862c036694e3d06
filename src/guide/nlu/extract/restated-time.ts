import type { DateTimeMatch } from './dates.js';

/**
 * A time said twice in one utterance, once without am/pm and once with it ("doors at 7, so 7pm", "at 8 —
 * 8 in the evening"): the bare mention is the same hour, so it takes the meridiem said with the other.
 * Pure.
 */

/** Hour (0–11) and minute of an "HH:MM" time, as said on a 12-hour clock. */
function onClockFace(time: string): string {
  const [h, m] = time.split(':');
  return `${Number(h) % 12}:${m}`;
}

/** Words before a mention that deny it ("7, not 7pm", "rather than 7am"). */
const DENIED = /\b(?:not|rather than|instead of|never)\s*(?:at\s+)?$/i;

/**
 * `mentions` of `text` with each guessed-meridiem time that another mention restates with its meridiem
 * ({@link DateTimeMatch.guessedMeridiem} false, same hour on the 12-hour clock and same minute, not denied)
 * set to that time. Mentions are returned in their order; nothing else changes.
 */
export function withRestatedMeridiem(mentions: DateTimeMatch[], text: string): DateTimeMatch[] {
  const stated = mentions.filter(
    (m) => m.hasTime && m.time && !m.guessedMeridiem && !DENIED.test(text.slice(0, m.index).trimEnd()),
  );
  if (stated.length === 0) return mentions;
  return mentions.map((m) => {
    if (!m.hasTime || !m.time || !m.guessedMeridiem) return m;
    const same = stated.find((s) => onClockFace(s.time!) === onClockFace(m.time!));
    return same ? { ...m, time: same.time, guessedMeridiem: false } : m;
  });
}
