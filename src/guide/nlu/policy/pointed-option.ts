import { normalize } from '../extract/normalize.js';
import type { Candidate } from './plan.js';

/**
 * Replies that point at the option the last question was about ("what does a shift supervisor do?" → "ok
 * yeah that one", "that one then", "sounds like me, that one", "I'll go with that"): they choose it. Pure.
 */

/** Acknowledging or choosing words around the pointer: "ok yeah", "sounds like me", "I'll go with", "then". */
const AROUND = String.raw`(?:ok(?:ay)?|yeah|yes|yep|yup|sure|right|alright|great|cool|perfect|fine|good|hmm+|oh|then|in that case|(?:that\s+)?sounds?\s+(?:good|great|fine|right|perfect|like me)|i'?ll\s+(?:take|have|do|go\s+(?:with|for))|(?:let'?s|lets)\s+(?:do|go\s+(?:with|for))|go\s+(?:with|for)|put\s+me\s+down\s+for|please|for me|thanks?)`;

/** A clause of only such words. */
const ONLY_AROUND = new RegExp(String.raw`^(?:${AROUND}\s*)+$`);

/** A clause that points: "that one", "yeah that's the one", "this one please", "I'll take that". */
const POINTING = new RegExp(
  String.raw`^(?:${AROUND}\s*)*(?:that|this)(?:'?s|\s+is)?(?:\s+the)?(?:\s+(?:one|role|option|choice|it))?(?:\s*${AROUND})*$`,
);

/**
 * The choice of `discussed` when `content` points at it in a clause of its own (clauses split at , ; . ! ? and
 * dashes), and the words left besides the pointer and acknowledgements; null when nothing points.
 */
export function pointedOption(
  content: string,
  discussed: { field: string; value: string } | undefined,
): { candidate: Candidate; rest: string } | null {
  if (!discussed) return null;
  const clauses = content
    .split(/[,;.!?]+|\s[\u2013\u2014-]+\s/)
    .map((c) => c.trim())
    .filter(Boolean);
  const pointer = clauses.find((c) => POINTING.test(normalize(c)));
  if (!pointer) return null;
  const rest = clauses.filter((c) => c !== pointer && !ONLY_AROUND.test(normalize(c))).join(', ');
  const candidate = { ...discussed, confidence: 0.95, extractor: 'pointed-option', span: pointer };
  return { candidate, rest };
}
