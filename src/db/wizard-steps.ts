import type { Step, StepSchema, WizardDefinition } from '../core/wizard/definition.js';
import type { z } from 'zod';
import { InvalidDefinitionError, NotFoundError } from './errors.js';

/**
 * Step operations on a wizard draft, as pure functions for `editDraft`: each returns the edited definition
 * (not yet checked: `editDraft` checks the whole result) and leaves the input untouched.
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
 * Puts the steps in the order of `stepIds`, which must name every step exactly once.
 * Throws InvalidDefinitionError (path `step_ids`) naming the unknown, missing or repeated ids.
 */
export function reorderSteps(draft: WizardDefinition, stepIds: string[]): WizardDefinition {
  const byId = new Map(draft.steps.map((s) => [s.id, s]));
  const problems: Array<{ path: string; message: string }> = [];
  const seen = new Set<string>();
  stepIds.forEach((id, i) => {
    if (!byId.has(id)) problems.push({ path: `step_ids.${i}`, message: `there is no step "${id}"` });
    else if (seen.has(id)) problems.push({ path: `step_ids.${i}`, message: `step "${id}" is listed twice` });
    seen.add(id);
  });
  const missing = draft.steps.filter((s) => !seen.has(s.id)).map((s) => s.id);
  if (missing.length > 0)
    problems.push({ path: 'step_ids', message: `every step must be listed; missing: ${missing.join(', ')}` });
  if (problems.length > 0) throw new InvalidDefinitionError(problems);
  return { ...draft, steps: stepIds.map((id) => byId.get(id)!) };
}
