import type { Field, WizardDefinition } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { isQuestion } from '../acts.js';
import { splitSentences } from '../sentence-split.js';
import { deniedIn, showingValue } from './implied-condition.js';
import type { Candidate, ExtractContext, Nlu } from './plan.js';
import { spansOverlap } from './spans.js';
import { fieldDef } from './questions.js';

/**
 * A revisited step answered with a follow-up its answer hides: "Back on Catering. I have Catering: No. Is that
 * still right?" — "sit-down then, it's a gala" chooses the plated dinner shown only on a yes, so the catering
 * answer becomes yes and the style is the plated dinner. The step is the one the person went back to, so the
 * follow-up is read as if asked (as it would be once shown). Pure.
 */

const isSelect = (f: Field) => f.type === 'single_select' || f.type === 'multi_select';

/** Least confidence of the follow-up's reading. */
const SURE = 0.8;

/**
 * The candidates that change an answered field of revisited step `stepId` to the value that shows one of its
 * hidden follow-up choices (a select; a yes or no is `revisedYesNo`'s) (`showingValue` of its `show_if`), then the follow-up's value, when `utterance` says that
 * value surely and in words no visible field reads; [] for a question, a denial ("no buffet") or when no
 * follow-up's value is said.
 */
export function revisedCondition(
  nlu: Nlu,
  definition: WizardDefinition,
  snapshot: RunSnapshot,
  stepId: string,
  fillable: Field[],
  utterance: string,
  ctx: ExtractContext,
): Candidate[] {
  if (splitSentences(utterance).some(isQuestion)) return [];
  for (const view of snapshot.fields) {
    if (view.visible || view.step_id !== stepId) continue;
    const hidden = fieldDef(definition, view.name);
    const wanted = hidden ? showingValue(hidden.conditions?.show_if) : null;
    if (!hidden || !wanted || !isSelect(hidden)) continue;
    const controller = snapshot.fields.find((f) => f.name === wanted.field);
    if (
      controller?.step_id !== stepId ||
      !controller.answered ||
      controller.value === wanted.value ||
      !fillable.some((f) => f.name === wanted.field)
    )
      continue;
    const read = safeRead(nlu, utterance, hidden, ctx);
    if (!read || read.confidence < SURE || (read.span && deniedIn(utterance, read.span))) continue;
    // words another field reads ("the main hall") are that field's
    const visible = safeAll(nlu, utterance, fillable, ctx);
    if (visible.some((c) => spansOverlap(c.span, read.span))) continue;
    const span = read.span ?? utterance;
    return [
      {
        field: wanted.field,
        value: wanted.value,
        confidence: read.confidence,
        extractor: 'revised-condition',
        span,
      },
      read,
    ];
  }
  return [];
}

function safeRead(nlu: Nlu, utterance: string, field: Field, ctx: ExtractContext): Candidate | null {
  try {
    return nlu.extractForField(utterance, field, ctx);
  } catch {
    return null;
  }
}

function safeAll(nlu: Nlu, utterance: string, fields: Field[], ctx: ExtractContext): Candidate[] {
  try {
    return nlu.extractAll(utterance, fields, ctx);
  } catch {
    return [];
  }
}
