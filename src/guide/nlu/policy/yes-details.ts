import type { Field } from '../../../core/wizard/definition.js';
import type { BrainTurnInput } from '../../types.js';
import { detailsAnswer, detailsFields } from './boolean-details.js';
import type { Outcome } from './execute.js';
import type { Candidate, ExtractContext, Nlu } from './plan.js';
import { fieldDef } from './questions.js';

/**
 * "Any allergies?" — "yes, penicillin and sulfa drugs": the words after the yes fill the free-text field
 * that the yes just showed. Candidates for `revealed` details fields of the yes/no fields the turn set to
 * true, skipping fields `found` already fills.
 */
export function yesDetails(
  nlu: Nlu,
  input: BrainTurnInput,
  outcome: Outcome,
  revealed: Field[],
  found: Candidate[],
  ctx: ExtractContext,
): Candidate[] {
  const out: Candidate[] = [];
  for (const set of outcome.set) {
    const view = outcome.snapshot.fields.find((f) => f.name === set.field);
    const boolean = fieldDef(input.definition, set.field);
    if (!boolean || boolean.type !== 'boolean' || view?.value !== true) continue;
    for (const details of detailsFields(input.definition, outcome.snapshot, boolean)) {
      if (!revealed.some((f) => f.name === details.name)) continue;
      if (found.some((c) => c.field === details.name) || out.some((c) => c.field === details.name)) continue;
      const c = detailsAnswer(nlu, input.userText, details, revealed, ctx);
      if (c) out.push(c);
    }
  }
  return out;
}
