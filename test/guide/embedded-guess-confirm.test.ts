import { describe, expect, it } from 'vitest';
import type { WizardDefinitionInput } from '../../src/core/wizard/definition.js';
import { startSession } from './embedded-helpers.js';

/** A dog groomer's booking: the dog, then the service (with a bracketed note), a handover of two, a budget. */
const groomer: WizardDefinitionInput = {
  id: 'groomer',
  name: 'Dog grooming',
  slug: 'groomer',
  guide: { name: 'Pip', personality: 'warm' },
  steps: [
    {
      id: 'dog',
      title: 'Your dog',
      fields: [
        { name: 'dog_name', label: 'Dog name', type: 'text', required: true },
        {
          name: 'dog_size',
          label: 'Dog size',
          type: 'single_select',
          required: true,
          options: [
            { value: 'small', label: 'Small (under 10 kg)' },
            { value: 'large', label: 'Large (10 kg or more)' },
          ],
        },
      ],
    },
    {
      id: 'visit',
      title: 'Visit',
      fields: [
        {
          name: 'service',
          label: 'Service',
          type: 'single_select',
          required: true,
          options: [
            { value: 'bath', label: 'Bath & brush' },
            { value: 'full', label: 'Full groom (bath, dry, cut and nails)' },
            { value: 'nails', label: 'Nail trim' },
          ],
        },
        {
          name: 'handover',
          label: 'Handover',
          type: 'single_select',
          required: true,
          options: [
            { value: 'salon', label: 'At the salon' },
            { value: 'van', label: 'Mobile van' },
          ],
        },
        {
          name: 'budget',
          label: 'Budget',
          type: 'single_select',
          required: true,
          options: [
            { value: 'lo', label: 'Under $50' },
            { value: 'mid', label: '$50 to $100' },
            { value: 'hi', label: 'Over $100' },
          ],
        },
      ],
    },
  ],
};

/** A session at the service question. */
async function atService() {
  const started = await startSession(groomer);
  await started.session.greet();
  await started.session.send('Rex');
  await started.session.send('small');
  return started;
}

describe('EmbeddedBrain: a word heading one option and only noted in another chooses the one it heads', () => {
  it.each([
    ['just a bath', 'bath'],
    ['a bath please', 'bath'],
    ['only his nails', 'nails'],
    // false-positive guards: a word only the note has, and the note's option by name
    ['a cut and dry', 'full'],
    ['the full groom', 'full'],
  ])('%j → %s', async (said, value) => {
    const { session, run } = await atService();
    const turn = await session.send(said);
    expect(turn.reply).not.toMatch(/Did you mean/);
    expect(run.state().values.service).toBe(value);
  });
});

describe('EmbeddedBrain: questions for the choices are answered with the options, then asked again', () => {
  it.each([
    [
      'what are the ranges?',
      /^The choices are Under \$50, \$50 to \$100 or Over \$100\. What's your budget\?/,
    ],
    ['what are the bands?', /^The choices are Under \$50, \$50 to \$100 or Over \$100\./],
    ['which ones are there?', /^The choices are Under \$50/],
    ['what can I pick from?', /^The choices are Under \$50/],
    ['what are my choices again?', /^The choices are Under \$50/],
    ['sorry, what were the budget tiers?', /^The choices are Under \$50/],
    [
      'what sizes do you have?',
      /^The choices are Small \(under 10 kg\) or Large \(10 kg or more\)\. What's your budget\?/,
    ],
    // false-positive guard: a question the form does not answer still says so
    [
      'what are the opening hours?',
      /^Sorry, I don't know that — this form doesn't say\. What's your budget\?/,
    ],
  ])('%j', async (question, reply) => {
    const { session, run } = await atService();
    await session.send('bath & brush');
    await session.send('at the salon');
    const values = { ...run.state().values };
    const turn = await session.send(question);
    expect(turn.reply).toMatch(reply);
    expect(run.state().values).toEqual(values);
  });
});

/** "bath or nails" sets a guess of Nail trim and asks "Did you mean Nail trim?". */
async function guessed() {
  const started = await atService();
  const turn = await started.session.send('bath or nails');
  expect(turn.reply).toMatch(/^Did you mean Nail trim\?$/);
  return started;
}

describe('EmbeddedBrain: the reply to "Did you mean X?" never traps the person', () => {
  it.each<[string, Record<string, unknown>, RegExp]>([
    // yes, in any words, keeps X and goes on
    ['yep', { service: 'nails' }, /What's your handover\?/],
    ['yes that', { service: 'nails' }, /What's your handover\?/],
    ['that one', { service: 'nails' }, /What's your handover\?/],
    ['nail trim', { service: 'nails' }, /What's your handover\?/],
    ['yes, nail trim please', { service: 'nails' }, /What's your handover\?/],
    // no with the right one takes it
    ['no, bath & brush', { service: 'bath' }, /What's your handover\?/],
    ['nope, just the bath', { service: 'bath' }, /What's your handover\?/],
    ['neither, the full groom', { service: 'full' }, /What's your handover\?/],
    // no without one asks again
    ['no', { service: undefined }, /What's your service\?/],
    ['neither', { service: undefined }, /What's your service\?/],
    ['no — the other one', { service: undefined }, /What's your service\?/],
    ['a different one', { service: undefined }, /What's your service\?/],
    // an answer to the next question keeps X and takes the answer
    ['at the salon', { service: 'nails', handover: 'salon' }, /What's your budget\?/],
    ['about 80 bucks', { service: 'nails', budget: 'mid' }, /What's your handover\?/],
    // a no with an answer to another question: X goes, the answer is taken, X is asked again
    ['no, and the budget is under $50', { service: undefined, budget: 'lo' }, /What's your service\?/],
  ])('%j', async (reply, expected, next) => {
    const { session, run } = await guessed();
    const turn = await session.send(reply);
    expect(turn.reply).toMatch(next);
    expect(turn.reply).not.toMatch(/Did you mean/);
    for (const [name, value] of Object.entries(expected)) expect(run.state().values[name]).toBe(value);
  });
});
