import { describe, expect, it } from 'vitest';
import type { WizardDefinitionInput } from '../../src/core/wizard/definition.js';
import { startSession } from './embedded-helpers.js';

/** A pet-grooming booking: owner, pet (a yes/no with a details field shown on yes), visit, terms, review. */
const grooming: WizardDefinitionInput = {
  id: 'grooming',
  name: 'Pet grooming',
  slug: 'grooming',
  guide: { name: 'Pip', personality: 'cheerful' },
  settings: { confirm_before_complete: true },
  steps: [
    {
      id: 'owner',
      title: 'Owner',
      fields: [
        { name: 'owner_name', label: 'Owner name', type: 'text', required: true },
        { name: 'phone', label: 'Phone', type: 'phone', required: true },
      ],
    },
    {
      id: 'pet',
      title: 'Your pet',
      fields: [
        {
          name: 'licence_code',
          label: 'Licence code',
          type: 'text',
          description: 'The code on the pet licence tag, if you have it',
          extraction_hints: ['letters and digits from the tag'],
        },
        { name: 'has_conditions', label: 'Has medical conditions', type: 'boolean', required: true },
        {
          name: 'condition_details',
          label: 'Condition details',
          type: 'text',
          required: true,
          conditions: { show_if: { '==': [{ var: 'has_conditions' }, true] } },
        },
        {
          name: 'nervousness_level',
          label: 'Nervousness level',
          type: 'number',
          required: true,
          validation: { min: 1, max: 10 },
        },
      ],
    },
    {
      id: 'visit',
      title: 'Visit',
      fields: [{ name: 'visit_date', label: 'Visit date', type: 'date', required: true }],
    },
  ],
};

async function started() {
  const s = await startSession(grooming);
  await s.session.greet();
  return s;
}

describe('EmbeddedBrain: answers, asides and corrections on one line', () => {
  it('answers a question about a free-text field instead of storing its words, and asks again', async () => {
    const { session, run } = await started();
    await session.send('Dana Reyes');
    await session.send('415 555 0100');
    const turn = await session.send("what's a licence code?");
    expect(run.state().values.licence_code).toBeUndefined();
    expect(turn.reply).toContain('The code on the pet licence tag');
  });

  it('reads a yes/no answered by naming the thing as yes plus the details shown on yes', async () => {
    const { session, run } = await started();
    await session.send('Dana Reyes, 415 555 0100');
    await session.send('skip');
    await session.send('he is allergic to oatmeal shampoo');
    expect(run.state().values.has_conditions).toBe(true);
    expect(run.state().values.condition_details).toContain('oatmeal shampoo');
  });

  it('fills the details shown on yes from the words after the yes', async () => {
    const { session, run } = await started();
    await session.send('Dana Reyes, 415 555 0100');
    await session.send('skip');
    await session.send('yes, arthritis in the hips');
    expect(run.state().values.condition_details).toBe('arthritis in the hips');
  });

  it('keeps the corrected digits of a self-correction inside one answer', async () => {
    const { session, run } = await started();
    await session.send('Dana Reyes');
    await session.send('347 555 0152, no wait, 0125');
    expect(run.state().values.phone).toBe('+13475550125');
  });

  it('records an answer said before a question of the person own', async () => {
    const { session, run } = await started();
    await session.send('Dana Reyes, 415 555 0100');
    await session.send('skip');
    await session.send('no');
    await session.send('a seven, is that unusual for a terrier?');
    expect(run.state().values.nervousness_level).toBe(7);
  });

  it('takes a correction in words at the review, then approval completes without changing anything', async () => {
    const { session, run } = await started();
    for (const line of ['Dana Reyes, 415 555 0100', 'skip', 'no', '3', 'next Friday'])
      await session.send(line);
    expect(run.state().values.visit_date).toBeDefined();
    await session.send('actually the nervousness is more like an eight');
    expect(run.state().values.nervousness_level).toBe(8);
    const before = { ...run.state().values };
    await session.send('looks good now, go ahead');
    expect(run.state().status).toBe('completed');
    expect(run.state().values).toEqual(before);
  });

  it('stores no approval as a free-text value', async () => {
    const { session, run } = await started();
    await session.send('Dana Reyes, 415 555 0100');
    await session.send('skip');
    await session.send('yes');
    await session.send("yes, that's everything, submit it");
    expect(run.state().values.condition_details).toBeUndefined();
  });

  it('applies a spelling given for a word said before', async () => {
    const { session, run } = await started();
    await session.send('Jon Reyes');
    await session.send('oh and my name is spelled John with an h, sorry');
    expect(run.state().values.owner_name).toBe('John Reyes');
  });
});
