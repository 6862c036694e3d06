import { describe, expect, it } from 'vitest';
import type { WizardDefinitionInput } from '../../src/core/wizard/definition.js';
import { startSession } from './embedded-helpers.js';

/** A bakery job application: contact (name, suburb), role (explained after a dash), home type, hours. */
const bakery: WizardDefinitionInput = {
  id: 'bakery-jobs',
  name: 'Bakery jobs',
  slug: 'bakery-jobs',
  description: 'Apply for a job at Crumb & Co bakeries.',
  guide: { name: 'Pip', personality: 'warm' },
  steps: [
    {
      id: 'you',
      title: 'You',
      fields: [
        { name: 'full_name', label: 'Full name', type: 'text', required: true },
        { name: 'suburb', label: 'Suburb', type: 'text', required: true, description: 'Where you live' },
      ],
    },
    {
      id: 'job',
      title: 'Job',
      fields: [
        {
          name: 'role',
          label: 'Role',
          type: 'single_select',
          required: true,
          options: [
            { value: 'baker', label: 'Baker — early starts shaping and baking the bread' },
            { value: 'counter', label: 'Counter staff — serving customers and the till' },
            { value: 'driver', label: 'Delivery driver (own licence needed)' },
          ],
        },
        {
          name: 'home',
          label: 'Home type',
          type: 'single_select',
          required: true,
          options: [
            { value: 'flat', label: 'Flat' },
            { value: 'house', label: 'House' },
          ],
        },
        {
          name: 'hours',
          label: 'Hours per week',
          type: 'number',
          required: true,
          validation: { min: 4, max: 50 },
        },
      ],
    },
  ],
};

const AT_SUBURB = ['Ana Ruiz'];
const AT_ROLE = ['Ana Ruiz', 'Marrickville'];
const AT_HOURS = ['Ana Ruiz', 'Marrickville', 'baker', 'flat'];

async function said(lines: string[]) {
  const { session, run } = await startSession(bakery);
  await session.greet();
  let reply = '';
  for (const line of lines) reply = (await session.send(line)).reply;
  return { reply, values: run.state().values };
}

describe('EmbeddedBrain: questions about options are answered from the options, never chosen', () => {
  it.each([
    [AT_ROLE, 'what does a baker actually do?', /^Baker: early starts shaping and baking the bread\./],
    [
      AT_ROLE,
      "what's the difference between counter staff and baker?",
      /^Counter staff: serving .*\. Baker: early/,
    ],
    [AT_ROLE, 'is a delivery driver the same as counter staff?', /Delivery driver: own licence needed\./],
    [AT_ROLE, "what's a delivery driver?", /^Delivery driver: own licence needed\./],
    [
      AT_SUBURB,
      'flat or house — which is better for the bakery?',
      /^Flat and House — the form doesn't say more/,
    ],
  ])('%o then %s', async (before, question, answer) => {
    const { reply, values } = await said([...before, question]);
    expect(reply).toMatch(answer);
    expect(values.role).toBeUndefined();
    expect(values.home).toBeUndefined();
  });

  it.each([
    ['ok yeah that one, I can start early', 'baker'],
    ['that one then', 'baker'],
    ["sounds like me, I'll go with that", 'baker'],
  ])('"%s" after asking about one option chooses it', async (reply, role) => {
    const { values } = await said([...AT_ROLE, 'what does a baker actually do?', reply]);
    expect(values.role).toBe(role);
  });

  it('a pointing reply after a comparison of two options chooses nothing', async () => {
    const { values } = await said([
      ...AT_ROLE,
      "what's the difference between counter staff and baker?",
      'that one',
    ]);
    expect(values.role).toBeUndefined();
  });
});

describe('EmbeddedBrain: bounds, the business, and values in questions', () => {
  it.each([
    [AT_HOURS, "what's the minimum?", /^At least 4 and at most 50\./],
    [AT_HOURS, 'is there a maximum?', /^At least 4 and at most 50\./],
    [AT_HOURS, "what's the most I can work?", /^At least 4 and at most 50\./],
    [AT_SUBURB, 'do you share my answers with anyone else?', /this form doesn't say/],
    [AT_SUBURB, 'do I have to?', /^Yes, I need your suburb/],
  ])('%o then %s', async (before, question, answer) => {
    const { reply, values } = await said([...before, question]);
    expect(reply).toMatch(answer);
    expect(values.hours).toBeUndefined();
  });

  it.each([
    ['hi, is this for the Crumb & Co job ad?', undefined],
    ['is this the Crumb & Co bakery one?', undefined],
    ['Newtown please', 'Newtown'],
    ['Newtown', 'Newtown'],
  ])('"%s" at the suburb stores %o', async (line, suburb) => {
    const { values } = await said([...AT_SUBURB, line]);
    expect(values.suburb).toBe(suburb);
  });
});

describe('EmbeddedBrain: a question for the choices names an option word without choosing it', () => {
  const visit: WizardDefinitionInput = {
    id: 'visit',
    name: 'Visit',
    slug: 'visit',
    description: 'Book a home visit.',
    guide: { name: 'Pip', personality: 'warm' },
    steps: [
      {
        id: 'when',
        title: 'When',
        fields: [
          {
            name: 'arrival_window',
            label: 'Arrival window',
            type: 'single_select',
            required: true,
            options: [
              { value: 'morning', label: 'Morning (8–11am)' },
              { value: 'afternoon', label: 'Afternoon (2–5pm)' },
              { value: 'any', label: 'Any time' },
            ],
          },
        ],
      },
    ],
  };
  it.each([
    ['what are the time slots?', undefined],
    // guard: an answer with the same word chooses
    ['any time is fine', 'any'],
  ])('%s → %s', async (line, expected) => {
    const { session, run } = await startSession(visit);
    await session.greet();
    const { reply } = await session.send(line);
    expect(run.state().values.arrival_window).toBe(expected);
    if (!expected) expect(reply).toMatch(/Morning \(8–11am\)/);
  });
});

describe('EmbeddedBrain: a question about an option beside a wish chooses nothing', () => {
  it.each([
    ['is a baker an early start? I need afternoons', undefined],
    ['does counter staff mean the till? I like people', undefined],
    // guard rows: a choice said in a statement, or the question pointed back at, chooses
    ['is a baker an early start? ok that one', 'baker'],
    ['does counter staff mean the till? I want to be a baker', 'baker'],
    ['baker please', 'baker'],
  ])('"%s" at the role stores %o', async (line, role) => {
    const { values } = await said([...AT_ROLE, line]);
    expect(values.role).toBe(role);
  });
});
