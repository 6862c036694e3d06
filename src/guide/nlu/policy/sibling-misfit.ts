import type { Field } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { fieldNamedIn } from '../intents.js';
import { correctsEarlier } from './corrections.js';
import type { Candidate } from './plan.js';

/** Types whose values have a checked shape: a value of one fits any field of its type, so it can stray. */
const SHAPED = new Set<Field['type']>(['date', 'time', 'datetime', 'number', 'email', 'phone', 'url']);

/**
 * `found` without values of the asked field's own shaped type (`SHAPED`) that the reader placed on another
 * field only because the asked field cannot take them, in words that neither name that field nor correct
 * anything: the person answered the question asked. "yesterday" to "Preferred inspection date" does not move
 * the answered incident date, and "20 March 2026" to "Date of the incident" (still ahead) is no inspection
 * date; the guide says why the day does not fit instead. An answered sibling is never replaced so; an open
 * one is left only when the asked field took nothing. Pure.
 */
export function withoutSiblingMisfits(
  found: Candidate[],
  fields: Field[],
  snapshot: RunSnapshot,
  askedField: string | undefined,
  utterance: string,
): Candidate[] {
  const asked = fields.find((f) => f.name === askedField);

  if (!asked || !SHAPED.has(asked.type) || correctsEarlier(utterance)) return found;
  const askedTook = found.some((c) => c.field === asked.name);
  return found.filter((c) => {
    const field = fields.find((f) => f.name === c.field);
    if (c.field === asked.name || field?.type !== asked.type) return true;
    const view = snapshot.fields.find((f) => f.name === c.field);
    const answered = !!view?.answered && view.provenance?.source !== 'default';
    if (!answered && askedTook) return true;
    return fieldNamedIn(utterance, [field]) !== undefined;
  });
}
