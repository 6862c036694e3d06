import { WizardSettingsSchema, type Step, type WizardDefinition } from '../../../src/core/wizard/definition';

/**
 * A draft wizard definition for the builder's tests, written out as the builder holds it (steps as given,
 * settings at their defaults): "Leads" (id `w`, slug `leads`) with `steps`; `overrides` replace any other member.
 * A new object on every call, so a test may change it.
 */
export function draftWizard(steps: Step[], overrides: Partial<WizardDefinition> = {}): WizardDefinition {
  return {
    id: 'w',
    name: 'Leads',
    slug: 'leads',
    description: '',
    status: 'draft',
    is_template: false,
    guide: { name: 'Guide', personality: 'friendly' },
    settings: WizardSettingsSchema.parse({}),
    steps,
    ...overrides,
  };
}
