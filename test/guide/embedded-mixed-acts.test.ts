import { describe, expect, it } from 'vitest';
import type { WizardDefinitionInput } from '../../src/core/wizard/definition.js';
import { startSession } from './embedded-helpers.js';

/** A clinic intake: patient (name, age, email, optional phone), history, a visit, then the review. */
const intake: WizardDefinitionInput = {
  id: 'intake',
  name: 'Clinic intake',
  slug: 'intake',
  guide: { name: 'Kim', personality: 'calm' },
  settings: { confirm_before_complete: true, default_region: 'AU' },
  steps: [
    {
      id: 'patient',
      title: 'Patient',
      fields: [
        { name: 'full_name', label: 'Full name', type: 'text', required: true },
        { name: 'age', label: 'Age', type: 'number', required: true, validation: { min: 0, max: 120 } },
        { name: 'email', label: 'Email', type: 'email', required: true },
        {
          name: 'phone',
          label: 'Phone',
          type: 'phone',
          description: 'So the clinic can text you a reminder.',
        },
      ],
    },
    {
      id: 'history',
      title: 'History',
      fields: [
        {
          name: 'prior_claims',
          label: 'Have you made an insurance claim in the last 3 years?',
          type: 'boolean',
          required: true,
          description: 'Any claim with a health insurer counts.',
        },
        { name: 'reason', label: 'Reason for visit', type: 'textarea', required: true },
      ],
    },
    {
      id: 'visit',
      title: 'Visit',
      fields: [
        { name: 'visit_date', label: 'Visit date', type: 'date', required: true },
        { name: 'visit_time', label: 'Visit time', type: 'time', required: true },
      ],
    },
  ],
};

/** A session of `intake` at its review, every answer given. */
async function atReview() {
  const s = await startSession(intake);
  await s.session.greet();
  let turn;
  for (const line of [
    'Olivia Chen',
    '42',
    'olivia@example.com',
    'skip',
    'no',
    'my lower back hurts',
    '20 March',
    '3pm',
  ])
    turn = await s.session.send(line);
  expect(turn?.snapshot.is_review).toBe(true);
  return s;
}

describe('EmbeddedBrain: sending put off at the review', () => {
  it.each([
    "I'll come back and send it later",
    "I'll check with my partner and send it then",
    'let me think, I might submit tomorrow',
    'send it if the price is right',
    'maybe I will submit it next week',
  ])('%s leaves the run active and says so briefly', async (line) => {
    const { session, run } = await atReview();
    const turn = await session.send(line);
    expect(run.state().status).toBe('active');
    expect(run.state().values.visit_date).toBe('2026-03-20');
    expect(turn.reply).toMatch(/kept your answers/);
  });

  it.each(['yes send it', 'go ahead and send', 'submit please', 'looks good, submit it if you can'])(
    '%s still completes',
    async (line) => {
      const { session, run } = await atReview();
      await session.send(line);
      expect(run.state().status).toBe('completed');
    },
  );

  it('applies a change said with the putting off, and shows the review again', async () => {
    const { session, run } = await atReview();
    await session.send("change the visit time to 4pm, I'll send it later");
    expect(run.state().status).toBe('active');
    expect(run.state().values.visit_time).toBe('16:00');
  });
});

describe('EmbeddedBrain: a bare number among listed details', () => {
  it.each<[string, Record<string, unknown>]>([
    ['Rachel Stein, 38, rachel@x.com', { full_name: 'Rachel Stein', age: 38, email: 'rachel@x.com' }],
    ['rachel@x.com, Rachel Stein, 38', { full_name: 'Rachel Stein', age: 38, email: 'rachel@x.com' }],
    ['Olivia Chen, 420, olivia@example.com', { full_name: 'Olivia Chen', age: undefined }],
  ])('%s', async (line, expected) => {
    const { session, run } = await startSession(intake);
    await session.greet();
    await session.send(line);
    for (const [field, value] of Object.entries(expected)) expect(run.state().values[field]).toBe(value);
  });
});

/** A session of `intake` after the given lines. */
async function after(lines: string[]) {
  const s = await startSession(intake);
  await s.session.greet();
  for (const line of lines) await s.session.send(line);
  return s;
}

describe('EmbeddedBrain: a question and an answer on one line', () => {
  it.each<[string[], string, string, unknown, RegExp | null]>([
    [[], 'Olivia Chen — do you need my middle name too?', 'full_name', 'Olivia Chen', /need your full name/],
    [[], 'Olivia Chen. Do you need my middle name too?', 'full_name', 'Olivia Chen', /need your full name/],
    [[], 'is a nickname ok? Liv Chen', 'full_name', 'Liv Chen', null],
    [
      ['Olivia Chen', '42', 'olivia@example.com'],
      "what's the phone for? it's 0412 555 018 anyway",
      'phone',
      '+61412555018',
      /text you a reminder/,
    ],
    [
      ['Olivia Chen', '42', 'olivia@example.com'],
      '0412 555 018 - why do you need it though?',
      'phone',
      '+61412555018',
      /text you a reminder/,
    ],
    [
      ['Olivia Chen', '42', 'olivia@example.com', 'skip'],
      'not sure what counts as a claim, but no, none',
      'prior_claims',
      false,
      null,
    ],
    [
      ['Olivia Chen', '42', 'olivia@example.com', 'skip'],
      'does a dental claim count? if so, yes',
      'prior_claims',
      true,
      /health insurer counts/,
    ],
  ])('%j then %s fills the answer and answers the question', async (before, line, field, value, answer) => {
    const { session, run } = await after(before);
    const turn = await session.send(line);
    expect(run.state().values[field]).toBe(value);
    if (answer) expect(turn.reply).toMatch(answer);
  });

  const toTime = ['Olivia Chen', '42', 'olivia@example.com', 'skip', 'no', 'back pain', 'next friday'];
  it.each([
    ['is 3pm ok? if so 3pm', '15:00'],
    // the value only inside the question is still the one meant: the rest is a fallback
    ['is 3pm free? if not 4pm', '15:00'],
    ['is 3pm free?', '15:00'],
  ])('asked the time, %s gives %s', async (line, time) => {
    const { session, run } = await after(toTime);
    await session.send(line);
    expect(run.state().values.visit_time).toBe(time);
  });

  it('a question alone, with no value, is answered and fills nothing', async () => {
    const { session, run } = await after(['Olivia Chen', '42', 'olivia@example.com']);
    const turn = await session.send('why do you need my phone?');
    expect(run.state().values.phone).toBeUndefined();
    expect(turn.reply).toMatch(/text you a reminder/);
  });
});

/** A sidekick wizard: its name, then an optional avatar description. */
const sidekick: WizardDefinitionInput = {
  id: 'sidekick',
  name: 'Sidekick',
  slug: 'sidekick',
  guide: { name: 'Farah', personality: 'warm' },
  settings: { confirm_before_complete: true },
  steps: [
    {
      id: 'name',
      title: 'Name',
      fields: [{ name: 'name', label: 'Sidekick name', type: 'text', required: true }],
    },
    {
      id: 'avatar',
      title: 'Avatar',
      fields: [{ name: 'avatar_prompt', label: 'Avatar description', type: 'textarea' }],
    },
  ],
};

describe('EmbeddedBrain: a remark after a correction of another field', () => {
  it.each([
    'actually make the name Juno. love that name btw',
    'actually make the name Juno',
    'change the name to Juno, I like it better',
  ])('%s changes the name and leaves the asked description open', async (line) => {
    const { session, run } = await startSession(sidekick);
    await session.greet();
    await session.send('Pixel');
    await session.send(line);
    expect(run.state().values.name).toBe('Juno');
    expect(run.state().values.avatar_prompt).toBeUndefined();
  });

  it.each(['love a bright orange fox with headphones', 'a fox with headphones, love it'])(
    '%s alone is the description',
    async (line) => {
      const { session, run } = await startSession(sidekick);
      await session.greet();
      await session.send('Pixel');
      await session.send(line);
      expect(run.state().values.name).toBe('Pixel');
      expect(String(run.state().values.avatar_prompt)).toContain('fox with headphones');
    },
  );
});
