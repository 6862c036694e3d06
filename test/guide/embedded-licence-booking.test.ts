import { describe, expect, it } from 'vitest';
import type { WizardDefinitionInput } from '../../src/core/wizard/definition.js';
import { startSession } from './embedded-helpers.js';

/**
 * A booking made by the learner or by a parent: a card number whose author's examples are digits alone beside
 * an answered mobile, a street address said while another question is open, a remark beside an option, and
 * an optional select whose option reads like a decline ("No preference").
 */
const lessons: WizardDefinitionInput = {
  id: 'lessons',
  name: 'Lessons',
  slug: 'lessons',
  guide: { name: 'Kim', personality: 'warm' },
  settings: { default_region: 'AU' },
  steps: [
    {
      id: 'learner',
      title: 'The learner',
      voice_prompt: "Who's the learner? Their full name, then a mobile number.",
      fields: [
        { name: 'learner_name', label: "Learner's full name", type: 'text', required: true },
        { name: 'mobile', label: 'Mobile number', type: 'phone', required: true },
      ],
    },
    {
      id: 'licence',
      title: 'Licence',
      voice_prompt: "What's the learner licence number and which state issued it?",
      fields: [
        {
          name: 'licence_number',
          label: 'Learner licence number',
          type: 'text',
          required: true,
          extraction_hints: ['a code of letters and digits such as 12345678 or S12345'],
          validation: { pattern: '^[A-Za-z0-9]{5,10}$' },
        },
        {
          name: 'licence_state',
          label: 'Issuing state',
          type: 'single_select',
          required: true,
          options: [
            { value: 'nsw', label: 'New South Wales (NSW)', synonyms: ['NSW'] },
            { value: 'qld', label: 'Queensland (QLD)', synonyms: ['QLD', 'Queensland'] },
          ],
        },
      ],
    },
    {
      id: 'lessons',
      title: 'Lessons',
      voice_prompt: 'Which package would you like, and where should we pick the learner up?',
      fields: [
        {
          name: 'lesson_package',
          label: 'Lesson package',
          type: 'single_select',
          required: true,
          options: [
            { value: 'single', label: 'Single lesson' },
            { value: 'pack-5', label: '5-lesson pack' },
          ],
        },
        { name: 'pickup_address', label: 'Pickup address', type: 'text', required: true },
        {
          name: 'instructor_gender',
          label: 'Instructor preference',
          type: 'single_select',
          options: [
            { value: 'female', label: 'Female instructor' },
            { value: 'male', label: 'Male instructor' },
            { value: 'no-preference', label: 'No preference' },
          ],
        },
      ],
    },
  ],
};

async function after(...turns: string[]) {
  const { session, run } = await startSession(lessons);
  await session.greet();
  for (const turn of turns) await session.send(turn);
  return run.state().values;
}

describe('a card number beside an answered mobile', () => {
  it.each<[string, string]>([
    ['NSW licence, number 30917452', '30917452'],
    ['Queensland. Number: 88213046', '88213046'],
    ['his learner licence number is 2019 4473, from NSW', '20194473'],
  ])('%s', async (utterance, licence) => {
    const values = await after('Priya Raman', '0423 118 907', utterance);
    expect(values).toMatchObject({ mobile: '+61423118907', licence_number: licence });
  });

  it('GUARD: a new valid mobile said with "my number" still corrects the mobile', async () => {
    const values = await after('Priya Raman', '0423 118 907', 'sorry, my number is 0412 660 305');
    expect(values.mobile).toBe('+61412660305');
  });
});

describe('the learner introduced by themselves', () => {
  it.each<[string, string]>([
    ['Hi! Aarav Sharma here', 'Aarav Sharma'],
    ["Hi, I'm Ethan Kowalski, I'd like some lessons", 'Ethan Kowalski'],
    ["I'm Sarah, booking for my son Lachlan Murphy", 'Lachlan Murphy'],
  ])('%s', async (utterance, name) => {
    expect((await after(utterance)).learner_name).toBe(name);
  });
});

describe('an address and a remark in the lessons step', () => {
  const START = ['Priya Raman', '0423 118 907', 'NSW licence, number 30917452'];
  it('GUARD: a remark beside the package is no pickup address', async () => {
    const values = await after(...START, 'single lesson for now, just want to try it out');
    expect(values.lesson_package).toBe('single');
    expect(values.pickup_address).toBeUndefined();
  });

  it('takes a street address said while another question is open', async () => {
    const values = await after(...START, '3 Wellington St, Launceston');
    expect(values.pickup_address).toBe('3 Wellington St, Launceston');
  });

  it('takes an option that reads like a decline as the choice', async () => {
    const values = await after(...START, '5 pack', '3 Wellington St, Launceston', 'no preference');
    expect(values.instructor_gender).toBe('no-preference');
  });

  it('GUARD: a plain "no thanks" still passes the optional preference', async () => {
    const values = await after(...START, '5 pack', '3 Wellington St, Launceston', 'no thanks');
    expect(values.instructor_gender).toBeUndefined();
  });
});
