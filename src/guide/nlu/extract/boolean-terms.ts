import type { Field } from '../../../core/wizard/definition.js';
import { isTopicWord, booleanTopic } from './boolean-topic.js';
import { contentStems, fieldStems, inflectedAlike } from './normalize.js';
import { numberWords } from './number-words.js';

/**
 * The words that name a yes/no field, so a yes or no said for it can be told from one said to something
 * else: "no claims", "we've never made a claim", "I'm a citizen, full work rights" name "Any claims in the
 * last 5 years" or "Full right to work in Australia"; "sounds good", "ok that's fine", "then no, skip it"
 * name nothing.
 */

/** Fewest letters of a key term taken from a label or description (shorter words are too common). */
const MIN_TERM = 4;

/**
 * Key stems of the yes/no `field`: its topic (`booleanTopic`, from its name) and the content stems of its
 * label and description that set it apart: at least four letters, no number word, and said by no other field
 * of `others` (name, label, description, hints) nor by `domain` (the wizard's own name and description, the
 * subject every field shares: "home" and "insurance" of a home-insurance form). Returns stems.
 */
export function booleanKeyTerms(field: Field, others: Field[], domain: string): string[] {
  const shared = new Set([
    ...others.filter((o) => o.name !== field.name).flatMap((o) => fieldStems(o)),
    ...contentStems(domain),
  ]);
  const text = `${field.label} ${field.description ?? ''}`;
  const numbers = new Set(numberWords(text).flatMap((n) => contentStems(n.span)));
  const own = contentStems(text).filter(
    (s) => s.length >= MIN_TERM && !/\d/.test(s) && !numbers.has(s) && !shared.has(s),
  );
  return [...new Set([...booleanTopic(field), ...own])];
}

/**
 * Whether `utterance` says a key term of `field` (see `booleanKeyTerms`): its topic inflected or by a
 * synonym ("the dog" for "pets"), another key term inflected ("citizens" for "citizen").
 */
export function namesBoolean(utterance: string, field: Field, others: Field[], domain: string): boolean {
  const topic = booleanTopic(field);
  const terms = booleanKeyTerms(field, others, domain);
  return contentStems(utterance).some(
    (s) => topic.some((t) => isTopicWord(s, t)) || terms.some((t) => inflectedAlike(s, t, MIN_TERM)),
  );
}
