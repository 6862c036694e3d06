import type { Step, WizardDefinition } from '../../../src/core/wizard/definition';

/**
 * A draft wizard definition for the builder's tests, written out as the builder holds it (every setting
 * given, nothing parsed): "Leads" (id `w`, slug `leads`) with `steps`; `overrides` replace any other member.
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
    settings: {
      brain: 'embedded',
      default_region: 'US',
      locale: 'en',
      allow_back: true,
      show_progress: true,
      confirm_before_complete: true,
      review_title: 'Review',
    },
    steps,
    ...overrides,
  };
}
