/**
 * An hour said without "at" or "o'clock", as people answer "what time?": "around 10", "10 if possible",
 * "morning if possible, around 10?", "ideally 2:30". Only for a time field that was asked: elsewhere a bare
 * number counts something. Pure.
 */

/** The hour ("10", "2:30"), after an optional hedge, followed by nothing that makes it a count or a unit. */
const HOUR =
  /(?:^|\b(?:around|about|roughly|approximately|approx\.?|say|maybe|perhaps|ideally|preferably|like|probably|hopefully)\s+|^\W*)(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?(?=\s*(?:$|[,.;!?)]|(?:if|or|please|pls|ish|would|works?|is|then|but|and|hopefully|ideally|preferably|latest|earliest|at the latest|at the earliest)\b))/i;
/** Parts of the day that settle am or pm. */
const MORNING = /\b(?:morning|a\.?m\.?|early|before lunch|breakfast)\b/i;
const LATER = /\b(?:afternoon|evening|tonight|night|p\.?m\.?|after lunch|late)\b/i;

/**
 * The time ("HH:MM", 24 h) of a bare hour in `utterance`, with its span, or null when none is said. The
 * part of the day said with it settles am/pm ("morning, around 10" → 10:00, "afternoon, 3ish" → 15:00);
 * otherwise 1–6 are read as pm and 7–12 as am, as a shop's hours suggest. `guessed` is true when no part
 * of the day was said.
 */
export function bareHour(utterance: string): { time: string; span: string; guessed: boolean } | null {
  const m = HOUR.exec(utterance);
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = m[2] ?? '00';
  const part = partOfDay(utterance);
  if (part === 'pm' && hour < 12) hour += 12;
  else if (!part && hour <= 6) hour += 12;
  return {
    time: `${String(hour).padStart(2, '0')}:${minute}`,
    span: m[0].trim(),
    guessed: !part,
  };
}

/**
 * The half of the day that words say: 'am' for "morning", "early", "before lunch"; 'pm' for "afternoon",
 * "evening", "night", "late"; null when they say neither, or both ("morning or evening").
 */
export function partOfDay(text: string): 'am' | 'pm' | null {
  const morning = MORNING.test(text);
  const later = LATER.test(text);
  return morning === later ? null : morning ? 'am' : 'pm';
}

/**
 * A bare hour said beside the days `days` (their spans in `utterance`), whose own words are no hour:
 * "friday morning, dec 11th, around 7" → 07:00. Unless `loose`, only an hour said with a hedge ("around 7",
 * "about 3") or with a part of the day: said unasked, a lone number beside a day counts something else
 * ("Saturday the 9th, 3 please").
 */
export function hourBesideDays(
  utterance: string,
  days: Array<{ span: string }>,
  loose = true,
): { time: string; span: string; guessed: boolean } | null {
  const rest = days.reduce((text, d) => text.replace(d.span, ' '.repeat(d.span.length)), utterance);
  const hour = bareHour(rest);
  if (!hour || loose) return hour;
  return !hour.guessed || /^(?:around|about|roughly|approximately|approx\.?|like)\s/i.test(hour.span)
    ? hour
    : null;
}
