import type { Field } from '../../../core/wizard/definition.js';
import { looksLikeName } from '../extract/name-shape.js';
import { isPersonNameField } from '../extract/text-kind.js';
import type { Candidate } from './plan.js';

/**
 * A person's name in the words other values leave. Pure.
 *
 * "tom okafor tom.okafor@outlook.com 07911 234567" asked for a name: the email and the phone take their
 * words, and "tom okafor" is what is left. Typed in lowercase and with no comma to set it apart, it reads
 * only as a weak short answer; yet nothing else of the line is left to be the name.
 */

/** Fewest and most words of a name left over ("jess moreau", "María de la Cruz" has four). */
const MIN_WORDS = 2;
const MAX_WORDS = 4;
/** The confidence of a name read from the leftover words: a sure answer, as a name set apart by commas. */
const LEFTOVER_NAME = 0.75;

/**
 * The name left over for a person-name `field` once `typed` values (an email, a phone …) took their words:
 * `c`, read from the leftover words `left`, when it holds all of them, they are 2–4 words that read as a
 * name (`looksLikeName`), and other values were taken from the line. Null otherwise.
 */
export function leftoverName(
  c: Candidate | null,
  left: string,
  field: Field,
  typed: Candidate[],
): Candidate | null {
  if (!c || typeof c.value !== 'string' || typed.length === 0 || !isPersonNameField(field)) return null;
  const words = left
    .replace(/[\s,;:.!?-]+$/, '')
    .trim()
    .split(/\s+/);
  if (words.length < MIN_WORDS || words.length > MAX_WORDS) return null;
  if (c.value.trim().split(/\s+/).length !== words.length || !looksLikeName(c.value)) return null;
  return { ...c, confidence: Math.max(c.confidence, LEFTOVER_NAME) };
}
