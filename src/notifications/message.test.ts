import { describe, expect, it } from 'vitest';
import { WizardDefinitionBaseSchema } from '../core/wizard/definition.js';
import { completionEmail, subjectProblem } from './message.js';

const definition = WizardDefinitionBaseSchema.parse({
  id: 'lead',
  name: 'Lead capture',
  slug: 'lead',
  steps: [
    {
      id: 'contact',
      title: 'Contact',
      fields: [
        { name: 'full_name', label: 'Full name', type: 'text' },
        { name: 'email', label: 'Email', type: 'email' },
        {
          name: 'budget',
          label: 'Budget',
          type: 'single_select',
          options: [{ value: 'large', label: 'Over 10k' }],
        },
        { name: 'notes', label: 'Notes', type: 'textarea' },
      ],
    },
  ],
});

const run = {
  id: 'run-1',
  definition,
  values: { full_name: 'Ada Lovelace', email: 'ada@example.com', budget: 'large' },
  channel: 'chat',
  completedAt: new Date('2026-03-02T10:00:00Z'),
  link: 'https://forms.example.com/runs/run-1/detail',
};

describe('completion emails', () => {
  it('render the subject template and list the answers with their labels', async () => {
    const email = await completionEmail(run, 'New lead: {{ values.full_name }} via {{ run.channel }}');
    expect(email.subject).toBe('New lead: Ada Lovelace via chat');
    expect(email.text).toBe(
      [
        'A run of "Lead capture" was completed on 2026-03-02T10:00:00.000Z (chat).',
        '',
        'Full name: Ada Lovelace',
        'Email: ada@example.com',
        'Budget: Over 10k',
        '',
        'See the run: https://forms.example.com/runs/run-1/detail',
        '',
      ].join('\n'),
    );
  });

  it('fall back to a plain subject when the template renders nothing, and keep it on one line', async () => {
    expect((await completionEmail(run, '{{ values.missing }}')).subject).toBe(
      'Lead capture: a run was completed',
    );
    expect((await completionEmail(run, 'A\n{{ wizard.name }}\n')).subject).toBe('A Lead capture');
  });

  it('name what is wrong with a template that does not parse', () => {
    expect(subjectProblem('New {{ values.email ')).toMatch(/not closed|output/i);
    expect(subjectProblem('New {{ values.email }}')).toBeNull();
  });
});
