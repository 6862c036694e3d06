import type { Field } from '../../../core/wizard/definition.js';
import { fieldNamedIn } from '../intents.js';
import { isFreeText } from './free-text.js';
import type { Candidate } from './plan.js';

/**
 * Readings of another free-text field made from words inside the answer to the asked one. Pure.
 */

/** Readings that take the whole line as one value by the field's nature: a title said alone or quoted. */
const WHOLE = new Set(['whole-title', 'quoted-title']);

/**
 * Whether `other`, a value of an unasked free-text field, was read from words inside `answer` (the asked
 * free-text field's value): "from Lagos" as a company and "with Kafka" as a co-speaker inside the title
 * "From Lagos traffic to event streams: real-time logistics with Kafka". When the answer is read whole (a
 * title, `WHOLE`; not "send it to Mahmoud" read as an amount) such a guess is part of it, not a value of its
 * own, unless the person names its field in `utterance` ("… with Kafka, my co-speaker is Ada"). False when
 * the spans are the same words (two readings of one answer).
 */
export function isGuessInside(
  other: Candidate,
  answer: Candidate,
  asked: Field[],
  utterance: string,
  fields: Field[],
): boolean {
  const field = fields.find((f) => f.name === other.field);
  if (
    !WHOLE.has(answer.extractor) ||
    !field ||
    !isFreeText(field) ||
    asked.some((f) => f.name === field.name)
  )
    return false;
  const inner = (other.span ?? '').trim().toLowerCase();
  const outer = (answer.span ?? String(answer.value)).trim().toLowerCase();
  if (!inner || inner.length >= outer.length || !outer.includes(inner)) return false;
  return fieldNamedIn(utterance, [field]) !== field;
}
