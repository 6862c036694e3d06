import type { WizardDefinitionInput } from '../../src/core/wizard/definition.js';
import type { RunCommand } from '../../src/core/wizard/run-state.js';

/** A small lead-capture wizard: two steps and a review. */
export function leadWizard(overrides: Partial<WizardDefinitionInput> = {}): WizardDefinitionInput {
  return {
    id: 'lead-capture',
    name: 'Lead capture',
    slug: 'lead-capture',
    steps: [
      {
        id: 'contact',
        title: 'Contact',
        fields: [
          { name: 'full_name', label: 'Full name', type: 'text', required: true },
          { name: 'email', label: 'Email', type: 'email', required: true },
        ],
      },
      {
        id: 'project',
        title: 'Project',
        fields: [
          {
            name: 'budget',
            label: 'Budget',
            type: 'single_select',
            required: true,
            options: [
              { value: 'small', label: 'Under 10k' },
              { value: 'large', label: 'Over 10k' },
            ],
          },
          { name: 'notes', label: 'Notes', type: 'textarea' },
        ],
      },
    ],
    ...overrides,
  };
}

/** Commands that take the lead wizard from its first step to completion, with one refusal on the way. */
export const LEAD_COMMANDS: RunCommand[] = [
  { type: 'next_step' },
  { type: 'set_field', field: 'full_name', value: 'Ada Lovelace' },
  { type: 'set_field', field: 'email', value: 'ada@example.com' },
  { type: 'next_step' },
  { type: 'set_field', field: 'budget', value: 'large' },
  { type: 'set_field', field: 'notes', value: 'Analytical engine' },
  { type: 'next_step' },
  { type: 'complete' },
];
