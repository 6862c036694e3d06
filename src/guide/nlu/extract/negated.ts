import { normalize } from './normalize.js';

/**
 * Words said under a negation: the word right after "no", "not", "without" or "non" (past an article,
 * "any"/"other" or an adverb: "not fully fenced"): "house, no yard" → yard; "House without a yard" → yard; "not the townhouse" → townhouse.
 * Option matching reads them with their polarity, so "no yard" chooses "House without a yard" and never
 * "House with a yard".
 */

const NEGATED =
  /(?:^|[^a-z'])(?:no|not|without|non)[\s-]+(?:(?:a|an|the|any|other|real|much|fully|completely|entirely|really|very|quite|totally)\s+)?([a-z][a-z0-9]*)/g;

/** The words of `text` said right after a negation, lowercased: "no yard at all" → {"yard"}. */
export function negatedWords(text: string): Set<string> {
  return new Set([...normalize(text).matchAll(NEGATED)].map((m) => m[1]!));
}

/**
 * Whether the words at `start` of `text` (an option's span) are negated: "no" / "not" / "without" right
 * before them ("no dogs" at "dogs"), within the same clause.
 */
export function negatedAt(text: string, start: number): boolean {
  const before = text.slice(0, start).toLowerCase();
  return /(?:^|[^a-z'])(?:no|not|without|non)[\s-]+(?:(?:a|an|the|any|more)\s+)?$/.test(before);
}

/** "instead of", "rather than", "in place of", "not": what follows is the value being replaced. */
const REPLACED =
  /(?:^|[^a-z'])(?:instead\s+of|rather\s+than|in\s+place\s+of|not)\s+(?:(?:a|an|the|my|our)\s+)?$/;

/**
 * Whether the option at `start` of `text` is set aside rather than chosen: negated ("no dogs") or named as
 * the value replaced ("townhouse instead of apartment", "cats rather than dogs", "townhouse, not apartment"
 * at "apartment").
 */
export function setAsideAt(text: string, start: number): boolean {
  return negatedAt(text, start) || REPLACED.test(text.slice(0, start).toLowerCase());
}
