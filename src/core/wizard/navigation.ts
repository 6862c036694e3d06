import { isFieldRequired, isFieldVisible, isStepSkipped, type FieldValues } from './conditions.js';
import type { Field, Step, WizardDefinition } from './definition.js';
import { REVIEW_STEP_ID } from './run-state.js';

/** Steps, fields and the order between them, for a definition. */

/** Every field of the definition with the id of its step, in definition order. */
export function allFields(definition: WizardDefinition): Array<{ field: Field; step: Step }> {
  return definition.steps.flatMap((step) => step.fields.map((field) => ({ field, step })));
}

/** The field named `name`, with its step, or undefined. */
export function findField(
  definition: WizardDefinition,
  name: string,
): { field: Field; step: Step } | undefined {
  return allFields(definition).find((entry) => entry.field.name === name);
}

/** Index of a step id in the definition; the review pseudo-step is `steps.length`; unknown is -1. */
export function stepIndex(definition: WizardDefinition, stepId: string): number {
  if (stepId === REVIEW_STEP_ID) return definition.steps.length;
  return definition.steps.findIndex((s) => s.id === stepId);
}

/** First step at or after `from` that is not skipped, or REVIEW_STEP_ID when none is left. */
export function nextOpenStep(definition: WizardDefinition, from: number, values: FieldValues): string {
  for (let i = Math.max(from, 0); i < definition.steps.length; i++) {
    const step = definition.steps[i]!;
    if (!isStepSkipped(step, values)) return step.id;
  }
  return REVIEW_STEP_ID;
}

/** Last step at or before `from` that is not skipped, or undefined when none is. */
export function previousOpenStep(
  definition: WizardDefinition,
  from: number,
  values: FieldValues,
): string | undefined {
  for (let i = Math.min(from, definition.steps.length - 1); i >= 0; i--) {
    const step = definition.steps[i]!;
    if (!isStepSkipped(step, values)) return step.id;
  }
  return undefined;
}

/** Ids of skipped steps strictly between two step indexes. */
export function skippedBetween(
  definition: WizardDefinition,
  from: number,
  to: number,
  values: FieldValues,
): string[] {
  const [lo, hi] = from < to ? [from, to] : [to, from];
  return definition.steps
    .slice(lo + 1, hi)
    .filter((s) => isStepSkipped(s, values))
    .map((s) => s.id);
}

/** Required, visible, unanswered fields of a step. */
export function missingInStep(step: Step, values: FieldValues): Field[] {
  if (isStepSkipped(step, values)) return [];
  return step.fields.filter((f) => isFieldRequired(f, values) && !hasValue(values[f.name]));
}

/** Required, visible, unanswered fields across every step that is not skipped, in definition order. */
export function missingRequired(definition: WizardDefinition, values: FieldValues): Field[] {
  return definition.steps.flatMap((step) => missingInStep(step, values));
}

/** Whether a stored value counts as an answer (not null, not "", not an empty list). */
export function hasValue(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/**
 * Drops the values of fields that conditions now hide, repeating until stable (a cleared field can hide
 * others). Returns the kept values and the names cleared, in definition order.
 */
export function pruneHiddenValues(
  definition: WizardDefinition,
  values: FieldValues,
): { values: FieldValues; cleared: string[] } {
  const current = { ...values };
  const cleared: string[] = [];
  for (let changed = true; changed;) {
    changed = false;
    for (const { field, step } of allFields(definition)) {
      if (!(field.name in current)) continue;
      const skipped = step.skip_if !== undefined && isStepSkipped(step, current);
      if (!isFieldVisible(field, current) || skipped) {
        delete current[field.name];
        cleared.push(field.name);
        changed = true;
      }
    }
  }
  return { values: current, cleared };
}
