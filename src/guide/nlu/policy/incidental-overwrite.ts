import type { Field } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { fieldNamedIn } from '../intents.js';
import { correctsEarlier } from './corrections.js';
import type { Candidate } from './plan.js';

/**
 * `found` without the values words said to an informational step only seem to give. "Ok, I understand, 24
 * hours before" to a cancellation policy reads "24 hours before" as a date and a time, which would overwrite
 * the answered date of birth and appointment time. There, a value that would replace an answered field (not
 * a default) counts only when the words name that field or mark a correction ("fine — actually, make the
 * date the 14th"); values for open fields are kept. Pure.
 */
export function withoutIncidentalOverwrites(
  found: Candidate[],
  utterance: string,
  fields: Field[],
  snapshot: RunSnapshot,
): Candidate[] {
  if (correctsEarlier(utterance)) return found;
  return found.filter((c) => {
    const view = snapshot.fields.find((f) => f.name === c.field);
    if (!view?.answered || view.provenance?.source === 'default') return true;
    const field = fields.find((f) => f.name === c.field);
    return field !== undefined && fieldNamedIn(utterance, [field]) !== undefined;
  });
}
