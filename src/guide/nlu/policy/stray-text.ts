import type { Field } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { fieldNamedIn } from '../intents.js';
import { isFreeText } from './free-text.js';
import type { Candidate } from './plan.js';

/**
 * Whether `c` fills a free-text field of a later step from a weak cue (confidence < 0.75) in words that do
 * not name that field: an aside ("+44 7911 123456, I'm visiting from the UK") read as a later question's answer. Typed values (an email,
 * a date, an option) and fields named in the words ("… and my member ID is X4") still count. Pure.
 */
export function isStrayText(
  c: Candidate,
  fields: Field[],
  snapshot: RunSnapshot,
  utterance: string,
): boolean {
  const field = fields.find((f) => f.name === c.field);
  // a strong cue ("I'm Aisha from Northwind Traders" for a company) identifies its field by itself
  if (!field || !isFreeText(field) || c.confidence >= 0.75) return false;
  const stepOf = (name: string) => snapshot.fields.find((f) => f.name === name)?.step_id;
  const order = snapshot.steps.map((s) => s.id);
  const later = order.indexOf(stepOf(field.name) ?? '') > order.indexOf(snapshot.current_step_id);
  return later && fieldNamedIn(utterance, [field]) !== field;
}
