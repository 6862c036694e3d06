import type { z } from 'zod';
import type { StepSchema, WizardDefinition } from '../core/wizard/definition.js';
import type { Db } from '../db/client.js';
import { editDraft } from '../db/wizard-authoring.js';
import { wizardDetail } from './details.js';
import { deleteStep, insertStep, reorderSteps, updateStep } from './step-edits.js';
import type { WizardDetail } from './types.js';

/**
 * Step operations on the tenant's wizard's draft. Each edits the draft under a row lock and answers the wizard
 * with its new draft and the draft's problems (e.g. a condition still reading a deleted field: saved, but
 * publish is refused until fixed). Each throws NotFoundError (no such wizard in the tenant), ConflictError
 * (archived) and InvalidDefinitionError (the edited draft's structure is unsound).
 */

/** A step as clients send it. */
export type StepInput = z.input<typeof StepSchema>;

function edit(
  db: Db,
  tenant: string,
  wizardId: string,
  change: (draft: WizardDefinition) => WizardDefinition,
): Promise<WizardDetail> {
  return editDraft(db, tenant, wizardId, change).then((row) => wizardDetail(db, row));
}

/** Adds a step at `position` (0 = first; default or beyond the end: last). */
export function addStep(
  db: Db,
  tenant: string,
  wizardId: string,
  step: StepInput,
  position?: number,
): Promise<WizardDetail> {
  return edit(db, tenant, wizardId, (draft) => insertStep(draft, step, position));
}

/**
 * Puts the steps in the order of `stepIds`, which must name every step once. Also throws InvalidDefinitionError
 * (paths `step_ids.<i>`) naming unknown, missing or repeated ids.
 */
export function reorderWizardSteps(
  db: Db,
  tenant: string,
  wizardId: string,
  stepIds: string[],
): Promise<WizardDetail> {
  return edit(db, tenant, wizardId, (draft) => reorderSteps(draft, stepIds));
}

/** Merges `patch` into the step (a field list replaces the step's). Also throws NotFoundError for the step. */
export function patchStep(
  db: Db,
  tenant: string,
  wizardId: string,
  stepId: string,
  patch: Partial<StepInput>,
): Promise<WizardDetail> {
  return edit(db, tenant, wizardId, (draft) => updateStep(draft, stepId, patch));
}

/** Removes the step; the others keep their order. Also throws NotFoundError for the step. */
export function removeStep(db: Db, tenant: string, wizardId: string, stepId: string): Promise<WizardDetail> {
  return edit(db, tenant, wizardId, (draft) => deleteStep(draft, stepId));
}
