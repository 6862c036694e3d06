import type { Field } from '../../../core/wizard/definition.js';
import type { Candidate, ExtractContext, Nlu } from './plan.js';
import { spansOverlap } from './spans.js';

/**
 * Extractors whose value names its own field by its form: an email, a phone, a web address, a date or time,
 * a person introducing themselves ("and I'm Kai Moana" is the person's name, inside any clause), and a name
 * said after its kind word ("bringing my lab Moose" is the pet's name).
 */
const SELF_EVIDENT = new Set(['email', 'phone', 'url', 'chrono', 'introduction', 'kind-name']);

/**
 * Values of a self-evident form said beside named clauses ("name's Derek Olsen, dob 11/30/1979, cell 503 555
 * 0166, derek@proton.me"; "budget 8k, and I'm Kai Moana"): those for fields the clauses did not fill, in words
 * the clauses' values did not use.
 */
export function typedExtras(
  nlu: Nlu,
  utterance: string,
  fields: Field[],
  ctx: ExtractContext,
  named: Candidate[],
): Candidate[] {
  return nlu
    .extractAll(utterance, fields, ctx)
    .filter(
      (o) =>
        SELF_EVIDENT.has(o.extractor) &&
        !named.some((n) => n.field === o.field || spansOverlap(n.span, o.span)),
    );
}
