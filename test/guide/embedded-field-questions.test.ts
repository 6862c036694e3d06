import { describe, expect, it } from 'vitest';
import type { WizardDefinitionInput } from '../../src/core/wizard/definition.js';
import { startSession } from './embedded-helpers.js';

/** A dentist's booking: patient (name, optional insurer with a description), visit (date, time). */
const dentist: WizardDefinitionInput = {
  id: 'dentist',
  name: 'Dentist booking',
  slug: 'dentist',
  guide: { name: 'Mo', personality: 'calm' },
  steps: [
    {
      id: 'patient',
      title: 'Patient',
      fields: [
        { name: 'patient_name', label: 'Patient name', type: 'text', required: true },
        {
          name: 'insurer',
          label: 'Insurer',
          type: 'text',
          description: 'So we can bill your insurer directly',
        },
      ],
    },
    {
      id: 'visit',
      title: 'Visit',
      fields: [
        {
          name: 'visit_date',
          label: 'Visit date',
          type: 'date',
          required: true,
          extraction_hints: ['e.g. Tuesday 14 April'],
        },
        { name: 'visit_time', label: 'Visit time', type: 'time', required: true },
        { name: 'reminders', label: 'Reminders by text', type: 'boolean', required: true },
      ],
    },
  ],
};

/** Lines said before the question, and the field then asked. */
const AT_INSURER = ['Lena Ortiz'];
const AT_DATE = ['Lena Ortiz', 'skip'];
const AT_CONSENT = ['Lena Ortiz', 'skip', 'Tuesday 14 April at 9'];

describe('EmbeddedBrain: questions about the asked field are answered, never stored', () => {
  it.each([
    [AT_INSURER, 'do I really have to tell you my insurer?', /^No, it's optional/],
    [AT_INSURER, 'can I skip this one?', /^Yes, it's optional/],
    [AT_INSURER, 'can we skip that?', /^Yes, it's optional/],
    [AT_INSURER, "is it alright if I don't know who that is?", /^Yes, it's optional/],
    [AT_INSURER, 'hmm what do you need the insurer for?', /^So we can bill your insurer directly/],
    [AT_DATE, "is it ok if I'm not sure of the exact day yet?", /^Sorry, I do need your visit date/],
    [AT_DATE, 'could I leave that empty for now?', /^Sorry, I do need your visit date/],
    [
      AT_DATE,
      'what format should the date be in?',
      /^Just say it in your own words\. For example: Tuesday 14 April/,
    ],
    [AT_DATE, 'does the time matter?', /^Yes, I need your visit time to go on/],
    [AT_DATE, 'is this one mandatory?', /^Yes, I need your visit date/],
    [AT_CONSENT, 'can I skip this?', /^Sorry, I do need a yes or no on reminders by text to go on\./],
  ])('after %j: %s', async (before, question, answer) => {
    const { session, run } = await startSession(dentist);
    await session.greet();
    for (const line of before) await session.send(line);
    const values = { ...run.state().values };
    const asked = run.state().current_step_id;
    const turn = await session.send(question);
    expect(turn.reply).toMatch(answer);
    expect(run.state().values).toEqual(values);
    expect(run.state().current_step_id).toBe(asked);
  });

  it('an optional field asked about is skipped by the next line, the required one after it is asked', async () => {
    const { session, run } = await startSession(dentist);
    await session.greet();
    await session.send('Lena Ortiz');
    await session.send('can I skip this?');
    const turn = await session.send('skip');
    expect(run.state().values.insurer).toBeUndefined();
    expect(run.state().current_step_id).toBe('visit');
    expect(turn.reply).toMatch(/visit date/i);
  });

  it('a real value after a question is stored as usual', async () => {
    const { session, run } = await startSession(dentist);
    await session.greet();
    for (const line of [...AT_DATE, 'what format do you want?']) await session.send(line);
    await session.send('Tuesday 14 April at 9');
    expect(run.state().values.visit_date).toMatch(/-04-14$/);
    expect(run.state().values.visit_time).toBe('09:00');
  });
});
