import { describe, expect, it } from 'vitest';
import type { WizardDefinitionInput } from '../../src/core/wizard/definition.js';
import { startSession } from './embedded-helpers.js';

/** A small enquiry: a name, a budget range and a group size, then a yes/no consent. */
const enquiry: WizardDefinitionInput = {
  id: 'enquiry',
  name: 'Enquiry',
  slug: 'enquiry',
  guide: { name: 'Kit', personality: 'brisk' },
  settings: { default_region: 'US' },
  steps: [
    {
      id: 'who',
      title: 'Who',
      fields: [{ name: 'full_name', label: 'Full name', type: 'text', required: true }],
    },
    {
      id: 'plan',
      title: 'Plan',
      fields: [
        {
          name: 'budget',
          label: 'Budget',
          type: 'single_select',
          required: true,
          options: [
            { value: 'under-5k', label: 'Under $5,000' },
            { value: '5k-20k', label: '$5,000 – $20,000' },
            { value: 'over-20k', label: 'Over $20,000' },
          ],
        },
        { name: 'group_size', label: 'Group size', type: 'number', required: true },
      ],
    },
    {
      id: 'ok',
      title: 'Consent',
      fields: [{ name: 'consent', label: 'I agree to be contacted', type: 'boolean', required: true }],
    },
  ],
};

async function converse(lines: string[]) {
  const { session, run } = await startSession(enquiry);
  await session.greet();
  let last = '';
  for (const line of lines) last = (await session.send(line)).reply;
  return { values: run.state().values, last };
}

const PLANNED = ['my name is Ivo Marsh', 'under five thousand, 12 people'];

describe('EmbeddedBrain: a correction with an answer in a later sentence', () => {
  it('the budget corrected and the yes asked for are both taken', async () => {
    const { values } = await converse([
      ...PLANNED,
      'wait, actually our budget is bigger than I said, more like 30k. and yes you can contact me',
    ]);
    expect(values).toMatchObject({ budget: 'over-20k', consent: true });
  });
  it('guard: a correction alone leaves the yes/no unanswered', async () => {
    const { values, last } = await converse([...PLANNED, 'actually our budget is more like 30k']);
    expect(values.budget).toBe('over-20k');
    expect(values.consent).toBeUndefined();
    expect(last).toMatch(/contact/i);
  });
});

describe('EmbeddedBrain: a step back whose reason names a field', () => {
  it('asks the named field and takes the new answer', async () => {
    const { values, last } = await converse([
      ...PLANNED,
      'go back a sec, I want to change the budget',
      'make it fifteen thousand',
    ]);
    expect(values.budget).toBe('5k-20k');
    expect(last).toMatch(/contact/i);
  });
  it('takes the new value the reason gives, and asks what is still open', async () => {
    const { values, last } = await converse([...PLANNED, 'go back a second, the group size should be 15']);
    expect(values.group_size).toBe(15);
    expect(last).toMatch(/changed group size to 15.*budget/i);
  });
  it('the review takes a number refused by its value', async () => {
    const { values } = await converse([...PLANNED, 'yes', 'one change: we will be fifteen, not 12']);
    expect(values.group_size).toBe(15);
  });
});
