import type { Field, WizardDefinition } from '../../../core/wizard/definition.js';
import type { FieldView, RunSnapshot } from '../../../core/wizard/snapshot.js';
import type { Asked, DialogueMemory } from '../memory.js';
import * as say from '../replies.js';

/** Which question comes next, derived from the run's snapshot and the dialogue memory. Pure. */

/** The definition's field named `name`. */
export function fieldDef(definition: WizardDefinition, name: string): Field | undefined {
  for (const step of definition.steps) for (const f of step.fields) if (f.name === name) return f;
  return undefined;
}

/**
 * Fields the guide may fill now: visible and enabled, in definition order, with the options an action loaded
 * into them (their option set) in place of the definition's. Buttons are pressed, never filled.
 */
export function fillableFields(definition: WizardDefinition, snapshot: RunSnapshot): Field[] {
  const skippedSteps = new Set(snapshot.steps.filter((s) => s.skipped).map((s) => s.id));
  return snapshot.fields
    .filter((f) => f.visible && f.enabled && !skippedSteps.has(f.step_id) && f.type !== 'apply_button')
    .map((f) => {
      const field = fieldDef(definition, f.name);
      return field && f.options ? { ...field, options: f.options } : field;
    })
    .filter((f): f is Field => f !== undefined);
}

/** Fields of the current step that are visible and enabled. */
export function currentStepFields(snapshot: RunSnapshot): FieldView[] {
  return snapshot.fields.filter(
    (f) => f.step_id === snapshot.current_step_id && f.visible && f.enabled && f.type !== 'apply_button',
  );
}

/**
 * The field to ask about next in the current step, in the wizard's order (the order the step's prompt
 * names them in): the first unanswered field that is required, or optional, not yet skipped, and one the
 * author lets the guide ask for (`guide_asks`). Undefined when the step has nothing left to ask.
 */
export function targetField(snapshot: RunSnapshot, memory: DialogueMemory): FieldView | undefined {
  return currentStepFields(snapshot).find(
    (f) => !f.answered && (f.required || (!memory.skipped.has(f.name) && f.guide_asks !== false)),
  );
}

/**
 * Optional fields the guide only mentions (`guide_asks: false`) that belong to the steps of `fieldNames`,
 * are visible and unanswered, and whose step was not mentioned yet; marks those steps mentioned. In
 * definition order.
 */
export function fieldsToMention(
  snapshot: RunSnapshot,
  memory: DialogueMemory,
  fieldNames: string[],
): FieldView[] {
  const steps = new Set(snapshot.fields.filter((f) => fieldNames.includes(f.name)).map((f) => f.step_id));
  const found = snapshot.fields.filter(
    (f) =>
      steps.has(f.step_id) &&
      !memory.mentioned.has(f.step_id) &&
      f.guide_asks === false &&
      !f.required &&
      f.visible &&
      f.enabled &&
      !f.answered,
  );
  for (const f of found) memory.mentioned.add(f.step_id);
  return found;
}

/**
 * Whether the current step should be offered although nothing is missing: every field has a value, all of
 * them from the definition's defaults (provenance `default`) and none said by the person (a default said
 * again leaves the run unchanged), and the step's prompt was not said yet. The visitor should choose, not
 * the default.
 */
export function offersDefaults(snapshot: RunSnapshot, memory: DialogueMemory): boolean {
  const fields = currentStepFields(snapshot);
  return (
    fields.length > 0 &&
    !memory.prompted.has(snapshot.current_step_id) &&
    fields.every((f) => f.answered && f.provenance?.source === 'default' && !memory.chosen.has(f.name))
  );
}

/** Answered values as label/display pairs, in definition order; `stepId` limits them to one step. */
export function answeredItems(
  snapshot: RunSnapshot,
  stepId?: string,
): Array<{ label: string; display: string }> {
  return snapshot.fields
    .filter((f) => f.answered && f.visible && (stepId === undefined || f.step_id === stepId))
    .map((f) => ({ label: f.label.replace(/\?$/, ''), display: f.display ?? String(f.value) }));
}

/**
 * The next question for the state, and what it asks. The first question of a step is the step's voice
 * prompt when it has one and none of the step's fields was answered yet (defaults aside); later ones are built from the
 * field's label.
 */
export function nextQuestion(
  definition: WizardDefinition,
  snapshot: RunSnapshot,
  memory: DialogueMemory,
): { text: string; asked: Asked } {
  if (snapshot.status !== 'active') return { text: say.alreadyDone(), asked: { kind: 'done' } };
  if (snapshot.is_review)
    return { text: say.reviewSummary(answeredItems(snapshot)), asked: { kind: 'review' } };
  const step = snapshot.current_step;
  if (!step) return { text: say.reviewSummary(answeredItems(snapshot)), asked: { kind: 'review' } };
  const fields = currentStepFields(snapshot);
  if (fields.length === 0)
    return { text: say.infoStep(step.title, step.instruction), asked: { kind: 'info', stepId: step.id } };
  const target = targetField(snapshot, memory);
  if (!target && offersDefaults(snapshot, memory)) {
    const field = fieldDef(definition, fields[0]!.name)!;
    const text = step.voice_prompt ?? say.fieldQuestion(field, fields[0]!.required);
    return { text, asked: { kind: 'defaults', stepId: step.id, field: field.name } };
  }
  if (!target)
    return {
      text: say.revisitStep(step.title, answeredItems(snapshot, step.id)),
      asked: { kind: 'revisit', stepId: step.id },
    };
  const field = fieldDef(definition, target.name)!;
  // a step a field of which was answered ahead ("brakes and an oil change" asked the mileage) is asked for
  // what is left, not with its prompt for all of it
  const saidAhead = fields.some((f) => f.answered && f.provenance?.source !== 'default');
  const first = !memory.prompted.has(step.id) && !saidAhead;
  const text = first && step.voice_prompt ? step.voice_prompt : say.fieldQuestion(field, target.required);
  return { text, asked: { kind: 'field', field: target.name } };
}

/** Records that a question was said: marks the step prompted and remembers the words for "repeat that". */
export function rememberQuestion(
  memory: DialogueMemory,
  snapshot: RunSnapshot,
  question: { text: string; asked: Asked },
): void {
  memory.asked = question.asked;
  memory.lastQuestion = question.text;
  if (question.asked.kind === 'field' || question.asked.kind === 'defaults')
    memory.prompted.add(snapshot.current_step_id);
}
