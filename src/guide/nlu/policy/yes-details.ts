import type { Field } from '../../../core/wizard/definition.js';
import type { BrainTurnInput } from '../../types.js';
import { detailsAnswer, detailsFields, saysOnlyYes } from './boolean-details.js';
import type { Outcome } from './execute.js';
import type { Candidate, ExtractContext, Nlu } from './plan.js';
import { fieldDef } from './questions.js';
import { withoutSpans } from './spans.js';
import { countFieldsShownBy, yesCountAnswer } from './yes-count.js';
import { choiceFieldsShownBy, yesChoiceAnswer } from './yes-choice.js';

/**
 * "Any allergies?" — "yes, penicillin and sulfa drugs": the words after the yes fill the free-text field
 * that the yes just showed, a count said with it ("yes, 10 or so") the count field it showed, and an option
 * named with it ("yeah, a sit-down meal") the select it showed. Candidates for `revealed` details fields of the yes/no fields the turn set to
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
  // the words of the values the turn set are no details: "1 bedroom, we have 2 cats" shows the pet details
  // and leaves nothing for them (ask next), "yes, a shy beagle" leaves "a shy beagle"
  const setFields = outcome.set.flatMap((s) => fieldDef(input.definition, s.field) ?? []);
  const said = nlu.extractAll(input.userText, setFields, ctx).filter((c) => c.span);
  const isYesNo = (c: Candidate) => setFields.some((f) => f.name === c.field && f.type === 'boolean');
  const rest = withoutSpans(
    input.userText,
    said.filter((c) => !isYesNo(c)).map((c) => c.span!),
  );
  // only the words that said yes ("we have 2 cats") leave the details to ask for
  const beyondYes = withoutSpans(
    rest,
    said.filter(isYesNo).map((c) => c.span!),
  );
  for (const set of outcome.set) {
    const view = outcome.snapshot.fields.find((f) => f.name === set.field);
    const boolean = fieldDef(input.definition, set.field);
    if (!boolean || boolean.type !== 'boolean' || view?.value !== true) continue;
    for (const details of detailsFields(input.definition, outcome.snapshot, boolean)) {
      if (!revealed.some((f) => f.name === details.name)) continue;
      if (found.some((c) => c.field === details.name) || out.some((c) => c.field === details.name)) continue;
      const c = rest && !saysOnlyYes(beyondYes) ? detailsAnswer(nlu, rest, details, revealed, ctx) : null;
      if (c) out.push(c);
    }
    // "yes, 10 or so": the count the yes shows
    for (const count of countFieldsShownBy(input.definition, outcome.snapshot, boolean)) {
      if (!revealed.some((f) => f.name === count.name)) continue;
      if (found.some((c) => c.field === count.name) || out.some((c) => c.field === count.name)) continue;
      const c = yesCountAnswer(rest, count);
      if (c) out.push(c);
    }
    // "yeah, a proper sit-down meal": the option of the select the yes shows
    for (const choice of choiceFieldsShownBy(input.definition, outcome.snapshot, boolean)) {
      if (!revealed.some((f) => f.name === choice.name)) continue;
      if (found.some((c) => c.field === choice.name) || out.some((c) => c.field === choice.name)) continue;
      const c = yesChoiceAnswer(nlu, rest, choice, ctx);
      if (c) out.push(c);
    }
  }
  return out;
}
