import { WizardDefinitionBaseSchema, type WizardDefinition } from '../../core/wizard/definition.js';
import { MemoryRunHandle } from '../../core/wizard/run-handle.js';

/** Test support: a small two-step lead wizard. */
export function leadWizard(overrides: { greeting?: string } = {}): WizardDefinition {
  return WizardDefinitionBaseSchema.parse({
    id: 'wiz-lead',
    name: 'Lead capture',
    slug: 'lead-capture',
    description: 'Collect a sales lead for the design studio.',
    guide: {
      name: 'Ava',
      personality: 'warm and brief',
      ...(overrides.greeting !== undefined ? { greeting: overrides.greeting } : {}),
    },
    steps: [
      {
        id: 'contact',
        title: 'Contact details',
        instruction: 'Tell us how to reach you.',
        voice_prompt: "What's your email address?",
        fields: [
          {
            name: 'email',
            label: 'Email',
            type: 'email',
            required: true,
            description: 'Where we send the proposal.',
            extraction_hints: ['work email preferred'],
          },
          { name: 'full_name', label: 'Full name', type: 'text' },
        ],
      },
      {
        id: 'project',
        title: 'Your project',
        voice_prompt: "What's your budget?",
        fields: [
          {
            name: 'budget',
            label: 'Budget',
            type: 'single_select',
            required: true,
            options: [
              { value: 'small', label: 'Under 10k', synonyms: ['tiny', 'shoestring'] },
              { value: 'large', label: 'Over 10k' },
            ],
          },
          {
            name: 'big_notes',
            label: 'Notes for big projects',
            type: 'textarea',
            conditions: { show_if: { '==': [{ var: 'budget' }, 'large'] } },
          },
        ],
      },
    ],
  });
}

/** A started in-memory run of `definition`. */
export async function startedRun(definition: WizardDefinition): Promise<MemoryRunHandle> {
  const run = new MemoryRunHandle('run-1', definition);
  const started = await run.dispatch(
    { type: 'start' },
    { actor: 'system', now: new Date('2026-03-10T09:00:00Z') },
  );
  if (started.problems.length > 0) throw new Error(started.problems.map((p) => p.message).join('; '));
  return run;
}
