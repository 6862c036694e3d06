import type { Field } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { fieldNamedIn, stepBackReason } from '../intents.js';

/**
 * The answered field that the reason given with a step back names: "go back a sec, I want to change the
 * budget", "wait, go back, that date's wrong", "go back please, I gave the wrong company". Going back one step
 * would land on whatever step came before, which need not hold that field; asking the field itself goes where
 * the person means. Reads only the words after the step back (`stepBackReason`, the same reading that found
 * the step back) and only names of answered fields (label, name, synonyms: see `fieldNamedIn`); a step back
 * with no reason, or a reason that names no answered field ("go back, I made a mistake"), is left to the
 * plain step back. The reason may give the new value too ("go back a second, the company should be Meridian
 * Health Partners LLP"). Pure.
 */

/** An answered field named in the reason a step back gives, with the reason's words. */
export interface BackReason {
  field: Field;
  /** The words after the step back ("the company should be Meridian Health Partners LLP"). */
  reason: string;
}

/**
 * The answered field named in the reason after a step back in `utterance`, with the reason (which may give the
 * field's new value: "go back a second, the company should be Acme LLP"); undefined when none is named.
 */
export function backReason(
  utterance: string,
  fields: Field[],
  snapshot: RunSnapshot,
): BackReason | undefined {
  const reason = stepBackReason(utterance);
  if (!reason) return undefined;
  const answered = fields.filter((f) => snapshot.fields.some((v) => v.name === f.name && v.answered));
  const field = fieldNamedIn(reason, answered);
  return field ? { field, reason } : undefined;
}
