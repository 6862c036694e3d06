import type { Field } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { isPersonNameField } from '../extract/text-kind.js';
import { correctsEarlier } from './corrections.js';
import type { Candidate } from './plan.js';

/** Confidence from which a free-text value counts as stated (a lead-in, an introduction, a whole answer). */
const STATED = 0.75;

/**
 * Whether `c` is a weak guess (a proper noun or a kind lead-in read from other talk, confidence < 0.75) that
 * would overwrite a person's name the person already gave, with no correction cue in `utterance`:
 * "applying for the QA role" does not rename "Liam O'Sullivan" to "QA". The field asked on its own
 * (`askedField`) takes any answer. Pure.
 */
export function isStrayOverwrite(
  c: Candidate,
  fields: Field[],
  snapshot: RunSnapshot,
  askedField: string | undefined,
  utterance: string,
): boolean {
  const field = fields.find((f) => f.name === c.field);
  if (
    !field ||
    field.type !== 'text' ||
    !isPersonNameField(field) ||
    c.field === askedField ||
    c.confidence >= STATED
  )
    return false;
  const view = snapshot.fields.find((f) => f.name === c.field);
  const answered = !!view?.answered && view.provenance?.source !== 'default';
  return answered && !correctsEarlier(utterance);
}
