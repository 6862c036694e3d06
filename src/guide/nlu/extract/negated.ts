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
