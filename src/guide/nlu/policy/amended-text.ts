import type { Candidate } from './plan.js';
import { isRealTextValue } from './text-value.js';

/**
 * A short text answer given again later in the same line. Pure.
 *
 * "Auburn. oh sorry, I moved last month, it's Lidcombe now": the person names a place, takes it back with an
 * apology or a correction word, and names another. The answer is the one said last.
 */

/**
 * An apology or correction word that takes back what was said before it ("oh sorry,", "actually", "wait",
 * "no,", "I mean", "my bad"), after a sentence end or a comma; "sorry about the delay", "sorry for …" and
 * "sorry to …" apologise for something else.
 */
const TAKE_BACK =
  /(?:^|[.!?,;]\s*|\s[-–—]\s*)(?:oh\s+|ah\s+|um+\s+)?(?:sorry|oops|whoops|actually|wait|no|nope|i mean|correction|my bad|my mistake)\b(?!\s+(?:about|for|to)\b)[\s,:.!-]*/gi;

/** The words after the last take-back word that follows other words; null when there is none. */
export function afterTakeBack(utterance: string): { head: string; tail: string } | null {
  let found: { head: string; tail: string } | null = null;
  for (const m of utterance.matchAll(TAKE_BACK)) {
    const head = utterance.slice(0, m.index).trim();
    const tail = utterance.slice(m.index + m[0].length).trim();
    if (/\w/.test(head) && /\w/.test(tail)) found = { head, tail };
  }
  return found;
}

/** The least confidence of an answer said again on purpose. */
const AMENDED = 0.75;

/**
 * The answer said again after a take-back word (`afterTakeBack`), when `first` (the answer read from the whole
 * line) was said before it and the words after it (`read`) give another real value, capitalised as a name
 * ("Lidcombe"): a deliberate answer (at least 0.75, or `first`'s confidence when higher). Null otherwise.
 */
export function amendedAnswer(
  utterance: string,
  first: Candidate,
  read: (text: string) => Candidate | null,
): Candidate | null {
  const parts = afterTakeBack(utterance);
  if (!parts || typeof first.value !== 'string') return null;
  if (!parts.head.toLowerCase().includes(first.value.toLowerCase())) return null;
  const again = read(parts.tail);
  if (!again || typeof again.value !== 'string' || again.value === first.value) return null;
  if (!/^\p{Lu}/u.test(again.value) || !isRealTextValue(again, parts.tail)) return null;
  return { ...again, confidence: Math.max(again.confidence, first.confidence, AMENDED) };
}
