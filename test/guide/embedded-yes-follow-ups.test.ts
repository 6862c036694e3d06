import { describe, expect, it } from 'vitest';
import type { WizardDefinitionInput } from '../../src/core/wizard/definition.js';
import { startSession } from './embedded-helpers.js';

/** A volunteer sign-up with a start date, then a licence whose expiry is asked only when there is one. */
const volunteer: WizardDefinitionInput = {
  id: 'drivers',
  name: 'Delivery volunteer sign-up',
  slug: 'drivers',
  guide: { name: 'Kit', personality: 'brisk' },
  steps: [
    {
      id: 'when',
      title: 'Start',
      fields: [
        { name: 'full_name', label: 'Your name', type: 'text', required: true },
        { name: 'start_date', label: 'First day you can help', type: 'date', required: true },
      ],
    },
    {
      id: 'licence',
      title: 'Licence',
      voice_prompt: 'Do you have a driving licence?',
      fields: [
        { name: 'driving_licence', label: 'Driving licence', type: 'boolean', required: true },
        {
          name: 'licence_expiry',
          label: 'Licence expiry date',
          type: 'date',
          required: true,
          conditions: { show_if: { '==': [{ var: 'driving_licence' }, true] } },
        },
        { name: 'volunteered_before', label: 'Volunteered before', type: 'boolean', required: true },
      ],
    },
  ],
};

async function valuesAfter(lines: string[]): Promise<Record<string, unknown>> {
  const { session, run } = await startSession(volunteer);
  await session.greet();
  for (const line of lines) await session.send(line);
  return run.state().values;
}

describe('a yes/no with the follow-up it shows', () => {
  it.each<[string, Record<string, unknown>]>([
    // the date said with the yes fills the date the yes shows, not the start date answered before
    ['yes, it expires 11/30/2027', { driving_licence: true, licence_expiry: '2027-11-30' }],
    ["yes I have one, it's good until 5/31/2028", { driving_licence: true, licence_expiry: '2028-05-31' }],
    ["I have one, it's good until 5/31/2028", { driving_licence: true, licence_expiry: '2028-05-31' }],
    ["I've got a licence", { driving_licence: true }],
    ["I don't have a driving licence", { driving_licence: false, licence_expiry: undefined }],
    // guards: a no shows no date to fill; a question or an apology answers nothing
    ['no', { driving_licence: false, licence_expiry: undefined }],
    ['do I need a licence to volunteer?', { driving_licence: undefined }],
    ['sorry my english is not so good', { driving_licence: undefined }],
  ])('%s → %j', async (said, expected) => {
    const values = await valuesAfter(['Sam Hill', 'March 20', said]);
    expect(values.start_date).toBe('2026-03-20');
    for (const [name, value] of Object.entries(expected)) expect([name, values[name]]).toEqual([name, value]);
  });
});

describe('a yes/no answered by a fact or said unasked', () => {
  it.each<[string[], Record<string, unknown>]>([
    [['no', 'no, never have'], { driving_licence: false, volunteered_before: false }],
    [['no', 'yes I have, twice'], { driving_licence: false, volunteered_before: true }],
  ])('%j → %j', async (said, expected) => {
    const values = await valuesAfter(['Sam Hill', 'March 20', ...said]);
    for (const [name, value] of Object.entries(expected)) expect([name, values[name]]).toEqual([name, value]);
  });

  it.each<[string, Record<string, unknown>]>([
    // said before it is asked, naming its topic by its head word
    ["March 20. I've got a licence", { start_date: '2026-03-20', driving_licence: true }],
    ["March 20, and I don't have a licence", { start_date: '2026-03-20', driving_licence: false }],
    // guard: a question names nothing
    ['March 20. do I need a licence?', { start_date: '2026-03-20', driving_licence: undefined }],
  ])('asked the start: %s → %j', async (said, expected) => {
    const values = await valuesAfter(['Sam Hill', said]);
    for (const [name, value] of Object.entries(expected)) expect([name, values[name]]).toEqual([name, value]);
  });
});
