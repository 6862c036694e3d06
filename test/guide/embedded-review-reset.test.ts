import { describe, expect, it } from 'vitest';
import type { WizardDefinitionInput } from '../../src/core/wizard/definition.js';
import { startSession } from './embedded-helpers.js';

/** A bike rental: rider, an optional "Extras" step, a plan choice whose "custom" option shows two fields. */
const rental: WizardDefinitionInput = {
  id: 'bikes',
  name: 'Bike rental',
  slug: 'bikes',
  guide: { name: 'Kit', personality: 'brisk' },
  settings: { confirm_before_complete: true },
  steps: [
    {
      id: 'rider',
      title: 'Rider',
      fields: [{ name: 'rider_name', label: 'Rider name', type: 'text', required: true }],
    },
    {
      id: 'extras',
      title: 'Extras',
      fields: [
        {
          name: 'add_ons',
          label: 'Add-ons',
          type: 'multi_select',
          options: [
            { value: 'lock', label: 'Lock' },
            { value: 'basket', label: 'Basket' },
          ],
        },
        { name: 'insurance', label: 'Insurance', type: 'boolean', default: false },
      ],
    },
    {
      id: 'plan',
      title: 'Plan',
      fields: [
        {
          name: 'plan',
          label: 'Plan',
          type: 'single_select',
          required: true,
          default: 'standard',
          options: [
            { value: 'standard', label: 'Standard' },
            { value: 'custom', label: 'Custom', synonyms: ['bespoke'] },
          ],
        },
        {
          name: 'gears',
          label: 'Gears',
          type: 'number',
          conditions: { show_if: { '==': [{ var: 'plan' }, 'custom'] } },
        },
        {
          name: 'saddle',
          label: 'Saddle',
          type: 'text',
          conditions: { show_if: { '==': [{ var: 'plan' }, 'custom'] } },
        },
      ],
    },
  ],
};

/** Lines that reach the review with every part filled: add-ons, insurance, a custom plan with gears and saddle. */
const FILLED = [
  'Sam Okafor',
  'a lock and a basket, and insurance please',
  'custom, 21 gears',
  'a wide gel saddle',
];

async function atReview() {
  const s = await startSession(rental);
  await s.session.greet();
  for (const line of FILLED) await s.session.send(line);
  return s;
}

describe('EmbeddedBrain: a part of the form undone at the review goes back to its defaults', () => {
  it('reaches the review with every part filled', async () => {
    const { run } = await atReview();
    expect(run.state().values).toMatchObject({
      add_ons: ['lock', 'basket'],
      insurance: true,
      plan: 'custom',
      gears: 21,
    });
  });

  it.each([
    [
      'never mind the extras, leave them off',
      { add_ons: undefined, insurance: false, plan: 'custom', gears: 21 },
    ],
    ['actually scrap the extras', { add_ons: undefined, insurance: false, plan: 'custom' }],
    [
      'forget the custom stuff, just use the defaults',
      { plan: 'standard', gears: undefined, saddle: undefined, insurance: true },
    ],
    ["hmm let's drop the bespoke bits", { plan: 'standard', gears: undefined, saddle: undefined }],
    ['no need for the insurance', { insurance: false, add_ons: ['lock', 'basket'] }],
    ['the custom plan, forget it', { plan: 'standard', gears: undefined, add_ons: ['lock', 'basket'] }],
    ['ok so skip the extras', { add_ons: undefined, insurance: false, gears: 21 }],
    ['hmm, actually just go back to the defaults', { plan: 'standard', gears: undefined, insurance: false }],
  ])('%s', async (line, expected) => {
    const { session, run } = await atReview();
    const turn = await session.send(line);
    expect(run.state().status).toBe('active');
    for (const [name, value] of Object.entries(expected)) expect(run.state().values[name]).toEqual(value);
    expect(turn.reply).toMatch(/Shall I submit\?$/);
  });

  it.each([
    ['never mind, looks good, send it', 'completed'],
    ['never mind, the plan is fine as it is', 'completed'],
    ['leave the plan as it is', 'completed'],
    ['no the insurance is right', 'active'],
    ['change the gears to 18', 'active'],
  ])('leaves the values of %s', async (line, status) => {
    const { session, run } = await atReview();
    const before = { ...run.state().values };
    await session.send(line);
    expect(run.state().status).toBe(status);
    const after = run.state().values;
    if (line.startsWith('change')) expect(after).toEqual({ ...before, gears: 18 });
    else expect(after).toEqual(before);
  });
});
