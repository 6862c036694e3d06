import type { Step, StepSchema, WizardDefinition } from '../core/wizard/definition.js';
import type { z } from 'zod';
import { InvalidDefinitionError, NotFoundError } from '../db/errors.js';

/**
 * Step operations on a wizard draft, as pure functions for `editDraft`: each returns the edited definition
 * (not yet checked: `editDraft` checks its structure) and leaves the input untouched. A draft may have
 * cross-reference problems, duplicate step ids among them: update and delete then act on the first step
 * with the id, and reorder takes each listed id to mean the next step with that id.
 */

type StepInput = z.input<typeof StepSchema>;

function indexOf(draft: WizardDefinition, stepId: string): number {
  const index = draft.steps.findIndex((s) => s.id === stepId);
  if (index < 0) throw new NotFoundError(`step ${stepId}`);
  return index;
}

/** Inserts a step at `position` (0 = first; default or beyond the end: last). */
export function insertStep(draft: WizardDefinition, step: StepInput, position?: number): WizardDefinition {
  const steps: Array<Step | StepInput> = [...draft.steps];
  steps.splice(Math.min(position ?? steps.length, steps.length), 0, step);
  return { ...draft, steps: steps as Step[] };
}

/** Merges `patch` into the step (a field list in the patch replaces the step's). Throws NotFoundError. */
export function updateStep(
  draft: WizardDefinition,
  stepId: string,
  patch: Partial<StepInput>,
): WizardDefinition {
  const index = indexOf(draft, stepId);
  const steps = [...draft.steps];
  steps[index] = { ...steps[index]!, ...patch } as Step;
  return { ...draft, steps };
}

/** Removes the step; the others keep their order. Throws NotFoundError. */
export function deleteStep(draft: WizardDefinition, stepId: string): WizardDefinition {
  const index = indexOf(draft, stepId);
  return { ...draft, steps: draft.steps.filter((_, i) => i !== index) };
}

/**
 * Puts the steps in the order of `stepIds`, which must name every step exactly once (a step id that the draft
 * has twice is listed twice). Throws InvalidDefinitionError (path `step_ids`) naming the unknown, missing or
 * repeated ids.
 */
export function reorderSteps(draft: WizardDefinition, stepIds: string[]): WizardDefinition {
  const byId = new Map<string, Step[]>();
  for (const step of draft.steps) byId.set(step.id, [...(byId.get(step.id) ?? []), step]);
  const problems: Array<{ path: string; message: string }> = [];
  const steps: Step[] = [];
  stepIds.forEach((id, i) => {
    const next = byId.get(id)?.shift();
    if (next) steps.push(next);
    else if (byId.has(id)) problems.push({ path: `step_ids.${i}`, message: `step "${id}" is listed twice` });
    else problems.push({ path: `step_ids.${i}`, message: `there is no step "${id}"` });
  });
  const missing = [...byId].filter(([, left]) => left.length > 0).map(([id]) => id);
  if (missing.length > 0)
    problems.push({ path: 'step_ids', message: `every step must be listed; missing: ${missing.join(', ')}` });
  if (problems.length > 0) throw new InvalidDefinitionError(problems);
  return { ...draft, steps };
}
