import type * as chrono from 'chrono-node';

/**
 * What the words around a date mention say about it, beyond chrono's reading: a day said as the start of
 * something still going on ("throbbing since Saturday", "it's been sore over the weekend") lies behind us;
 * a bare "today" in a remark ("awful weather today") is the moment of speaking, not a chosen day; a weekday
 * said loosely ("any Monday morning, say Monday 1 March 2027") gives way to the full date said with it; a
 * kind of day ("weekday mornings") and "now" in an idiom ("skip it for now") name no day at all.
 */

/** "since" right before a mention: the start of something ongoing, so a day behind us. */
const SINCE = /\b(?:since|ever since|starting|started|began|from)\s+(?:last\s+|this\s+past\s+|the\s+)?$/i;
/** A present-perfect or plain-past clause ("it's been", "has hurt", "started", "happened"): what follows happened. */
const PERFECT =
  /\b(?:(?:has|have|had|'s|'ve|'d)\s+been|has|have|had|started|began|happened|broke|chipped|cracked|fell|got)\b/i;
/** Weekend and weekday words said with a perfect or past clause: "it's been sore over the weekend". */
const LOOSE_PAST_DAY =
  /^(?:(?:over|during|at|on)\s+)?(?:the\s+)?(?:weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/**
 * Whether a mention at `index` (of `span`) in `text` is said as lying behind: after "since" ("since
 * Saturday", "ever since last Monday"), or a loose weekend or weekday word in a clause that says what has
 * happened ("it's been throbbing over the weekend").
 */
export function saidAsPast(text: string, index: number, span: string): boolean {
  const before = text.slice(Math.max(0, index - 30), index);
  if (SINCE.test(before) && /\bsince\b/i.test(before)) return true;
  const start = Math.max(
    text.lastIndexOf('.', index),
    text.lastIndexOf('?', index),
    text.lastIndexOf('!', index),
  );
  const clause = text.slice(start + 1, index);
  const wording = `${before.match(/\b(?:over|during|at|on)\s+(?:the\s+)?$/i)?.[0] ?? ''}${span}`.trim();
  return LOOSE_PAST_DAY.test(wording) && PERFECT.test(clause);
}

/** A mention that is only "today" or "tonight". */
const BARE_TODAY = /^(?:today|tonight|this evening)$/i;
/**
 * A sentence that remarks rather than asks or books: a tag question or exclamation at its start ("isn't it
 * awful weather today", "what a day today", "so tired today") or talk of the weather.
 */
const REMARK =
  /^\W*(?:(?:isn'?t|aren'?t|wasn'?t|weren'?t|ain'?t)\s+(?:it|this|that|you|they)|what an?|how|such|so|wow|gosh|ugh|phew)\b|\bweather\b/i;

/**
 * Whether a mention is the moment of speaking rather than a chosen day: a bare "today" / "tonight" in a
 * sentence that remarks ("isn't it awful weather today", "so tired today") rather than asks or books
 * ("I need the car today", "can you see me today?"). Such a mention answers a date question only.
 */
export function isDeicticToday(text: string, index: number, span: string): boolean {
  if (!BARE_TODAY.test(span.trim())) return false;
  const start = Math.max(
    text.lastIndexOf('.', index),
    text.lastIndexOf('?', index),
    text.lastIndexOf('!', index),
  );
  const next = text.slice(index).search(/[.?!]/);
  const sentence = text.slice(start + 1, next < 0 ? text.length : index + next);
  return REMARK.test(sentence.trim());
}

/**
 * Drops a weekday said alone when a full date of the same weekday is said too ("any Monday morning, say
 * Monday 1 March 2027 at 10" → 1 March 2027): chrono reads the loose weekday as the coming one, which is
 * not the day meant. Results are chrono's, in order; returns them unchanged when no such pair is said.
 */
export function withoutLooseWeekdays(results: chrono.ParsedResult[]): chrono.ParsedResult[] {
  const exact = results.filter((r) => r.start.isCertain('day') && r.start.isCertain('month'));
  if (exact.length === 0) return results;
  return results.filter(
    (r) =>
      r.start.isCertain('day') ||
      !r.start.isCertain('weekday') ||
      !exact.some((e) => e !== r && e.start.get('weekday') === r.start.get('weekday')),
  );
}

/**
 * Words between a full date and a later day that set the date aside for the day: "no", "sorry", "wait", "I
 * mean", "make it", "rather", "actually", "not" — the few ways people correct themselves mid-sentence.
 */
const CORRECTING = /\b(?:no|nope|sorry|oops|wait|i mean|make (?:it|that)|rather|actually|instead|not)\b/i;

/**
 * Whether a day said without its month ("the 14th") takes the month of a full date said before it in the
 * same words (`said`): when that date is not behind `referenceDate` (the day belongs to the same plans), or
 * when the words `between` them correct it ("14 March 1988, no sorry, the 15th"). Otherwise a past date is
 * something else told in passing ("we met on 3 May 2026, start on the 14th") and the day is the coming one.
 */
export function takesSaidMonth(said: Date, referenceDate: Date, between: string): boolean {
  const day = (d: Date) => d.getFullYear() * 10000 + (d.getMonth() + 1) * 100 + d.getDate();
  return day(said) >= day(referenceDate) || CORRECTING.test(between.replace(/\u2019/g, "'"));
}

/** "weekday", "weekdays", "on weekdays": a kind of day, which chrono reads as the coming one. */
const KIND_OF_DAY = /^(?:on\s+|the\s+)?weekdays?$/i;
/** Words before "now" that make an idiom of it: "for now", "just now", "by now", "until now", "till now". */
const IDIOM_NOW = /\b(?:for|just|by|until|till|til|up to)\s+$/i;

/** A stretch of days said bare ("the week"), which chrono reads as the coming one. */
const STRETCH = /^(?:the\s+)?(?:week|weekend|month)$/i;
/** A stretch said by the day after it: "the week of", "the weekend of". */
const STRETCH_OF = /\b(?:week|weekend)\s+of\s+(?:the\s+)?$/i;

/**
 * Whether the words `before` a day make it name a stretch around it ("the week of January 11", "the weekend
 * of the 9th"): the day is only roughly meant, and a day said exactly beside it is the one chosen.
 */
export function namesStretch(before: string): boolean {
  return STRETCH_OF.test(before.slice(-30));
}

/** A day said as a bound ("right after New Year's", "sometime before the 20th"): only roughly the day meant. */
const BOUND_BEFORE = /\b(?:after|before)\s+(?:the\s+)?$/i;

/**
 * Whether the words `before` a day make it a bound ("right after New Year's, January 4th"): the day is only
 * roughly meant, and an exact day said beside it is the one chosen.
 */
export function namesBound(before: string): boolean {
  return BOUND_BEFORE.test(before.slice(-20));
}

/**
 * A day of the month written as an ordinal and followed by a street, a floor or another thing numbered so
 * ("on 18th street", "the 3rd floor", "5th Ave", "her 10th birthday"): no day.
 */
const ORDINAL_DAY = /^(?:the\s+)?\d{1,2}(?:st|nd|rd|th)$/i;
const NUMBERED_THING =
  /^\s*(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|floor|fl|grade|century|anniversary|birthday|place|percentile)\b/i;

/**
 * Whether a mention at `index` (of `span`) in `text` names no day: a kind of day ("weekday mornings"), a
 * stretch named by the day said after it ("the week of January 11": the day is its own mention), an ordinal
 * that numbers a street or a floor ("on 18th street"), or "now" in an idiom ("I'll skip the extras for now", "I told you just now").
 */
export function namesNoDay(text: string, index: number, span: string): boolean {
  // chrono's span may keep the comma after it ("any weekday, mornings")
  const said = span.trim().replace(/[,;:.!?]+$/, '');
  if (KIND_OF_DAY.test(said)) return true;
  if (ORDINAL_DAY.test(said) && NUMBERED_THING.test(text.slice(index + span.length))) return true;
  if (STRETCH.test(said) && /^\s+of\b/i.test(text.slice(index + span.length))) return true;
  return /^now$/i.test(said) && IDIOM_NOW.test(text.slice(Math.max(0, index - 12), index));
}
