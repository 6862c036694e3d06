import type { Field } from '../../../core/wizard/definition.js';
import { textKind } from '../extract/text-kind.js';
import { wordTags } from '../extract/word-tags.js';

/**
 * Free-text values with no content of their own: what is left of a line once its real values were read
 * ("reckon" of "reckon it's about 30k", "she says" of "she says roughly 41 thousand", "ll do" of
 * "interim'll do", "Gosh", "nah", "She", "he's 9"). Pure.
 */

/** Tags of closed-class words: they point, link or exclaim, and name nothing ("she", "is", "gosh", "nah"). */
const CLOSED =
  /^(?:Pronoun|Determiner|Preposition|Conjunction|Modal|Copula|Auxiliary|QuestionWord|Expression|Negative)$/;

/** Verbs of saying and thinking: they only introduce what is said ("reckon", "she says", "I guess"). */
const SAYING = new Set(
  'reckon reckons think thinks thought guess guesses suppose say says said believe mean means figure'.split(
    ' ',
  ),
);

/** The tail of a contraction whose first word was another value ("'ll" of "interim'll do"). */
const CONTRACTION_TAIL = /^(?:'(?:ll|ve|re|d|s|m)|ll|ve|re)$/i;

/** Words of `value`, contractions split ("he's" → "he", "'s"). */
function wordsOf(value: string): string[] {
  return value
    .replace(/[\u2019]/g, "'")
    .split(/[\s,;:.!?]+|(?=')/)
    .map((w) => w.trim())
    .filter(Boolean);
}

/**
 * Whether a free-text value is hollow: it opens with the tail of a contraction ("ll do"), or every word is a
 * closed-class word (pronoun, determiner, auxiliary, exclamation: "She", "Gosh", "nah") or a verb of saying or
 * thinking ("reckon", "she says"), or it is a pronoun with a number and only verbs beside it ("he's 9"). A word
 * of content of any class keeps the value ("pop", "rock", "Skoda Octavia", "old English sheepdog").
 */
export function isHollowValue(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const words = wordsOf(value);
  if (words.length === 0) return false;
  if (CONTRACTION_TAIL.test(words[0]!)) return true;
  const tags = words.map((w) => (/^'/.test(w) ? ['Copula'] : wordTags(w)));
  // a hyphenated or spelled-out word ("Non-fiction") is one word of content, whatever its parts are
  const closed = (i: number) =>
    /^'?[a-z]+$/i.test(words[i]!) &&
    (tags[i]!.some((t) => CLOSED.test(t)) || SAYING.has(words[i]!.toLowerCase()));
  if (words.every((_, i) => closed(i))) return true;
  const pronoun = tags.some((t) => t.includes('Pronoun'));
  // "he's 9" says only a number about someone; "he needs his eye drops" says what he needs
  const number = words.some((w) => /^\d[\d.,]*$/.test(w));
  return (
    pronoun &&
    number &&
    words.every(
      (w, i) => closed(i) || /^\d[\d.,]*$/.test(w) || (tags[i]!.includes('Verb') && !/^\p{Lu}/u.test(w)),
    )
  );
}

/** Two or more words, each capitalised ("This Is Us", "Me Before You"): a title, whatever its words. */
const TITLE_CASED = /^\p{Lu}\S*(?:\s+\p{Lu}\S*)+$/u;

/**
 * Whether `value` is hollow (`isHollowValue`) as a value of `field`: a title field ("movie", "song", "show")
 * may hold any words ("Her", "Us"), and so may a title-cased value of any field.
 */
export function isHollowFor(value: unknown, field: Field): boolean {
  if (textKind(field) === 'title' || (typeof value === 'string' && TITLE_CASED.test(value.trim())))
    return false;
  return isHollowValue(value);
}
