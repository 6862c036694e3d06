import type { WizardDefinition } from '../../../src/core/wizard/definition';

/**
 * A key that changes when the draft changes in a way a running preview cannot follow (steps, fields, types,
 * options, rules, conditions, defaults, settings) and stays the same for text edits (titles, labels,
 * descriptions, instructions, the guide's words), so the preview restarts only when its run would be stale.
 */
export function structureKey(definition: WizardDefinition): string {
  return JSON.stringify([
    definition.settings,
    definition.steps.map((step) => [
      step.id,
      step.skip_if,
      step.fields.map((f) => [
        f.name,
        f.type,
        f.required,
        f.options?.map((o) => o.value),
        f.validation,
        f.conditions,
        f.default,
        f.derive,
        f.settings,
      ]),
    ]),
  ]);
}
