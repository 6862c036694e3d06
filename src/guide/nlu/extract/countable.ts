import { findNumberMentions, type NumberMention } from './numbers.js';

/**
 * The number mentions of an utterance that may be a quantity or an amount: not ordinals ("third"), not the
 * digit groups of a phone number ("608-555-0175"), not "one" as a pronoun ("the third one", "this one", "we haven't set one"), not a
 * part picked out of a group ("one of our members"), and not an hour of the clock ("half eleven").
 */

/** Runs of three or more digit groups joined by separators, seven digits or more: a phone number. */
const PHONE_LIKE = /\+?\(?\d{2,4}\)?(?:[\s.-]+\d{2,4}){2,}/g;

const PRONOUN_ONE =
  /\b(?:the|this|that|which|each|every|any|another|other|last|first|second|third|fourth|fifth|next|same|right|big|small|cheap|middle)\s+$/i;

/**
 * A number that picks some out of a group ("one of our members", "two of the kids", "three of them"): it
 * counts the part, not anything asked. "four of us" still counts the speaker's party.
 */
const PARTITIVE = /^\s+of\s+(?:the|our|my|your|their|his|her|its|those|these|them)\b/i;

/** Whether the number `n` of `utterance` picks a part out of a group (see PARTITIVE). */
export function picksFromGroup(utterance: string, n: Pick<NumberMention, 'index' | 'span'>): boolean {
  return PARTITIVE.test(utterance.slice(n.index + n.span.length));
}

/** Words after a number that make it an age: "years old", "yrs old", "-year-old", "months old", "y/o". */
const AGE_AFTER = /^\s*-?\s*(?:(?:years?|yrs?|months?|weeks?)[\s-]*old\b|y\/?o\b)/i;
/** Words before a number that make it an age: "aged 4", "age 4". */
const AGE_BEFORE = /\bage[d]?\s+$/i;

/**
 * Whether the number `n` of `utterance` is an age ("our daughter who is four years old", "a 3-year-old
 * cockapoo", "aged 7"): it measures someone's years, and counts no other thing (no heads, no bedrooms).
 */
export function saysAge(utterance: string, n: Pick<NumberMention, 'index' | 'span'>): boolean {
  return (
    AGE_AFTER.test(utterance.slice(n.index + n.span.length)) || AGE_BEFORE.test(utterance.slice(0, n.index))
  );
}

/**
 * `utterance` with each age blanked out (same length, so offsets stay): "our daughter who is four years old"
 * → "our daughter who is                ".
 */
export function withoutAges(utterance: string): string {
  let out = utterance;
  for (const n of findNumberMentions(utterance)) {
    if (!saysAge(utterance, n)) continue;
    const end =
      n.index + n.span.length + (AGE_AFTER.exec(utterance.slice(n.index + n.span.length))?.[0].length ?? 0);
    out = out.slice(0, n.index) + ' '.repeat(end - n.index) + out.slice(end);
  }
  return out;
}

/**
 * "one" as the object of a negated or pending verb: "we haven't set one", "I don't have one yet", "never had
 * one", "yet to pick one". It stands for the thing asked about and says it is not there.
 */
const NEGATED_ONE = /(?:\b(?:not|never|no)|n't|\byet\s+to)\s+((?:[a-z]+\s+){0,2})$/i;
/** Words that make "not … one" a count: "not more than one", "not even one", "no less than one". */
const BOUND_WORDS = /\b(?:more|less|fewer|than|over|under|above|below|even|just|only|exactly|quite)\b/i;

/** Whether the "one" at `index` is the object of a negated or pending verb (see NEGATED_ONE). */
function negatedOne(utterance: string, index: number): boolean {
  const m = NEGATED_ONE.exec(utterance.slice(0, index));
  return m !== null && !BOUND_WORDS.test(m[1]!);
}

/**
 * An hour of the clock: "half eleven", "half past ten", "quarter to six", "ten o'clock" ("ten to twenty" is a
 * range, so minutes before "to" are not read as a clock).
 */
const CLOCK_BEFORE = /\b(?:half|quarter)(?:\s+(?:past|to|til|till))?\s+$/i;
const CLOCK_AFTER = /^\s*o'?clock\b/i;

/** Whether the number `n` of `utterance` tells the time (see CLOCK_BEFORE). */
function tellsTime(utterance: string, n: Pick<NumberMention, 'index' | 'span'>): boolean {
  return (
    CLOCK_BEFORE.test(utterance.slice(0, n.index)) ||
    CLOCK_AFTER.test(utterance.slice(n.index + n.span.length))
  );
}

/** Number mentions that can be a quantity or amount (see the file comment). */
export function countableMentions(utterance: string): NumberMention[] {
  const phones = [...utterance.matchAll(PHONE_LIKE)]
    .filter((m) => m[0].replace(/\D/g, '').length >= 7)
    .map((m) => [m.index!, m.index! + m[0].length] as const);
  return findNumberMentions(utterance).filter(
    (n) =>
      !n.ordinal &&
      !phones.some(([a, b]) => n.index >= a && n.index < b) &&
      !(/^one$/i.test(n.span) && PRONOUN_ONE.test(utterance.slice(0, n.index))) &&
      !(/^one$/i.test(n.span) && negatedOne(utterance, n.index)) &&
      !picksFromGroup(utterance, n) &&
      !tellsTime(utterance, n),
  );
}
