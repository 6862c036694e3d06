import type { Field } from '../../../core/wizard/definition.js';
import type { Candidate } from './types.js';
import { countableMentions } from './countable.js';
import { findNumberMentions } from './numbers.js';
import { booleanOptions } from './options.js';
import { normalize } from './normalize.js';

/**
 * Yes/no fields that ask whether the person is past an age ("I am 18 or over", "over_18", "Are you 21 or
 * older?", "Under 16") answered by the age said: "I'm 22", "I am 34 years old", "im 16 lol", "aged 40",
 * "yes I'm well over 18", "I'm above 18", "not 18 yet", "I'm an adult". The age is compared with the limit,
 * so "I'm 16" says no to "18 or over" and yes to "Under 18". Someone else's age ("my son is 16"), a number
 * with another noun ("over 18 hours a week", "I'm 5 minutes away") and a limit of something else ("Orders
 * over 50 pounds") say nothing.
 */

/** The ages a yes/no field says yes to: at least `min`, at most `max` (either may be open). */
export interface AgeLimit {
  min?: number;
  max?: number;
}

/** What the words say of the speaker's age: exactly `age`, or a bound (`from`: at least, `below`: under). */
type SaidAge = { age: number } | { from: number } | { below: number };

/** Words that may follow an age (in a limit or in an answer): nothing, a break, years, or talk around it. */
const AGE_TAIL =
  /^(?:\s*$|\s*[,;.!?)]|\s*\+|\s*-?\s*(?:years?|yrs?)\b|\s*y\/?o\b|\s+(?:now|yet|and|but|so|or|lol|haha\w*|lmao|btw|though|myself|actually|this|next|in|as|at|if|too|already|mate|x+)\b)/i;

/** A limit's words around its number: "18 or over", "21+", "over 18", "under 16", "older than 65". */
const LIMIT_AFTER_MIN =
  /^\s*(?:\+|(?:years?(?:\s+old)?\s+)?(?:or|and)\s+(?:over|older|above|more|up(?:wards)?)\b)/;
const LIMIT_AFTER_MAX = /^\s*(?:years?(?:\s+old)?\s+)?(?:or|and)\s+(?:under|younger|below|less)\b/;
const LIMIT_BEFORE =
  /(?:^|[^a-z])(over|above|at least|minimum age(?: of)?|older than|aged over|under|below|younger than|aged under)\s+$/;

/**
 * The ages `field` says yes to when it is a yes/no question about the person's age by its label or name
 * ("I am 18 or over", "over_18", "Under 16", "Aged 65 and over"), else null. A number with a noun after it
 * other than years ("Over 50 guests") is no age.
 */
export function ageLimit(field: Field): AgeLimit | null {
  if (field.type !== 'boolean' && !booleanOptions(field.options)) return null;
  for (const text of [field.label, field.name.replace(/_/g, ' ')]) {
    const words = normalize(text);
    for (const n of findNumberMentions(words)) {
      if (n.ordinal || n.money || !Number.isInteger(n.value) || n.value < 5 || n.value > 120) continue;
      const after = words.slice(n.index + n.span.length);
      const before = words.slice(0, n.index);
      if (LIMIT_AFTER_MIN.test(after)) return { min: n.value };
      if (LIMIT_AFTER_MAX.test(after)) return { max: n.value };
      const cue = LIMIT_BEFORE.exec(before)?.[1];
      if (!cue || !AGE_TAIL.test(after)) continue;
      if (/older/.test(cue)) return { min: n.value + 1 };
      if (/under|below|younger/.test(cue)) return { max: n.value - 1 };
      return { min: n.value };
    }
  }
  return null;
}

/** The speaker right before an age: "I'm", "im", "I am", "I turned", with an adverb ("I'm only 16"). */
const SELF =
  /(?:^|[^a-z'])(?:i'?m|i\s+am|i\s+just\s+turned|i\s+turned|me)\s*[:,-]?\s+(?:(?:only|just|now|currently|actually)\s+)?$/;
/** "aged 40", "age: 40", "my age is 40". */
const AGE_WORD = /(?:^|[^a-z])(?:aged?|my\s+age\s+is)\s*[:=-]?\s*$/;
/** "34 years old", "16 yo", "a 22-year-old". */
const YEARS_OLD = /^\s*-?\s*(?:years?|yrs?)[\s-]*old\b|^\s*y\/?o\b/;
/** Someone else is the subject of the clause ("my son is 16", "she's 20 years old"). */
const OTHER_SUBJECT = /\b(?:he|she|they|we|it|my|his|her|their|our|you)\b|\b\w+'s\b/;
/** A bound said before the number: "well over 18", "above 18", "under 18", "not 18 yet", "nearly 18". */
const BOUND =
  /(?:^|[^a-z])(?:(?:well|way|just|a\s+(?:bit|little)|comfortably|slightly|long|definitely)\s+)?(over|above|past|older\s+than|under|below|younger\s+than|not\s+yet|almost|nearly|not)\s+$/;
/** "I'm an adult", "I am a minor". */
const KIND = /(?:^|[^a-z'])(?:i'?m|i\s+am)\s+(?:(?:an?|definitely|legally)\s+)*(adult|minor)\b/;
/** Of an answer to the age question: nothing but the age ("22", "16 lol", "34 years old"). */
const BARE = /^\s*(?:i'?m\s+|i\s+am\s+)?$/;

/** The speaker's own age or bound said in `utterance` (see the file comment), or null. */
export function saidAge(utterance: string, asked = false): (SaidAge & { span: string }) | null {
  const text = normalize(utterance);
  const kind = KIND.exec(text);
  if (kind) return { ...(kind[1] === 'adult' ? { from: 18 } : { below: 18 }), span: kind[0].trim() };
  for (const n of countableMentions(text)) {
    if (n.money || !Number.isInteger(n.value) || n.value < 1 || n.value > 120) continue;
    const before = text.slice(0, n.index);
    const after = text.slice(n.index + n.span.length);
    if (!AGE_TAIL.test(after)) continue;
    // the words from the cue that makes the number an age ("well over", "I'm", "aged") to the number
    const from = (cue: RegExpExecArray | null) =>
      text.slice(cue ? cue.index + cue[0].search(/\S/) : n.index, n.index + n.span.length);
    const bound = BOUND.exec(before);
    const said = bound?.[1]?.replace(/\s+/g, ' ');
    if (bound && said) {
      if (said === 'not' && !/^\s+yet\b/.test(after)) continue;
      if (/over|above|past|older/.test(said)) return { from: n.value, span: from(bound) };
      return { below: n.value, span: from(bound) };
    }
    if (/^\s*\+/.test(after)) return { from: n.value, span: `${n.span}+` };
    const self = SELF.exec(before);
    const aged = AGE_WORD.exec(before);
    const clause = before.replace(/^.*[,;.!?]/s, '');
    const bare =
      asked &&
      BARE.test(before) &&
      /^\s*(?:(?:years?|yrs?)(?:\s+old)?)?\s*(?:lol|haha\w*)?[\s.!]*$/.test(after);
    if (self || bare || ((aged || YEARS_OLD.test(after)) && !OTHER_SUBJECT.test(clause)))
      return { age: n.value, span: from(self ?? aged) };
  }
  return null;
}

/** Whether an age said answers a limit: true or false, null when the bound said does not decide it. */
export function meetsLimit(said: SaidAge, limit: AgeLimit): boolean | null {
  const min = limit.min ?? -Infinity;
  const max = limit.max ?? Infinity;
  if ('age' in said) return said.age >= min && said.age <= max;
  if ('from' in said) {
    if (said.from > max) return false;
    return said.from >= min && max === Infinity ? true : null;
  }
  if (said.below <= min) return false;
  return said.below - 1 <= max && min === -Infinity ? true : null;
}

/** The candidate (`age-limit`) an age said in `utterance` gives the age-limit field `field`, or null. */
export function ageLimitAnswer(
  utterance: string,
  field: Field,
  confidence: number,
  asked = false,
): Candidate | null {
  const limit = ageLimit(field);
  const said = limit ? saidAge(utterance, asked) : null;
  const yes = said && limit ? meetsLimit(said, limit) : null;
  if (yes === null || !said) return null;
  const options = booleanOptions(field.options);
  const value = options ? (yes ? options.yes.value : options.no.value) : yes;
  return { field: field.name, value, confidence, extractor: 'age-limit', span: said.span };
}

/**
 * Appends to `out` the answer (0.85) an age said gives the one yes/no field of `fields` about an age limit
 * (see the file comment), when that field has no value in `out` yet.
 */
export function ageLimitCandidates(utterance: string, fields: Field[], out: Candidate[]): void {
  const limited = fields.filter((f) => ageLimit(f) !== null);
  if (limited.length !== 1 || out.some((c) => c.field === limited[0]!.name)) return;
  const c = ageLimitAnswer(utterance, limited[0]!, 0.85);
  if (c) out.push(c);
}
