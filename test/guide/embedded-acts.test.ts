import { describe, expect, it } from 'vitest';
import type { WizardDefinitionInput } from '../../src/core/wizard/definition.js';
import { leadCapture, startSession } from './embedded-helpers.js';

/** lead-capture with an informational step between contact and project. */
const withInfo: WizardDefinitionInput = {
  ...leadCapture,
  steps: [
    leadCapture.steps![0]!,
    { id: 'terms', title: 'Terms', instruction: 'We reply within two working days.', fields: [] },
    leadCapture.steps![1]!,
  ],
};

async function started(definition: WizardDefinitionInput = leadCapture) {
  const s = await startSession(definition);
  await s.session.greet();
  return s;
}

describe('EmbeddedBrain reads dialogue acts before values', () => {
  it('stores no greeting as an answer and asks again', async () => {
    const { session, run } = await started();
    const turn = await session.send('good morning!');
    expect(run.state().values.full_name).toBeUndefined();
    expect(turn.reply).toMatch(/name/i);
  });

  it('answers a question from the wizard data and asks again, filling nothing', async () => {
    const { session, run } = await started();
    await session.send('Ann Lee, ann@example.com, 415 555 0100');
    await session.send('skip');
    const turn = await session.send('what are the options?');
    expect(turn.reply).toContain('The choices are Under $5,000');
    expect(turn.reply).toMatch(/budget/i);
    expect(run.state().values.budget).toBeUndefined();
  });

  it('keeps the run and fills nothing when the person pauses', async () => {
    const { session, run } = await started();
    const turn = await session.send("I need to check something, I'll come back later");
    expect(turn.reply).toMatch(/kept your answers/);
    expect(run.state().status).toBe('active');
    expect(run.state().values.full_name).toBeUndefined();
  });

  it('passes an optional question the person answered with other values', async () => {
    const { session, run } = await started();
    await session.send('Ann Lee');
    await session.send('ann@example.com');
    const turn = await session.send('our budget is about 15k');
    expect(run.state().values.budget).toBe('5k-20k');
    expect(turn.reply).not.toMatch(/phone/i);
    expect(turn.reply).toMatch(/company/i);
  });

  it('skips an optional field declined in words', async () => {
    const { session, run } = await started();
    await session.send('Ann Lee, ann@example.com');
    await session.send("no phone, I'd rather use email");
    expect(run.state().values.phone).toBeUndefined();
  });

  it('goes on from an informational step on any acknowledgement, and waits on "not yet"', async () => {
    const { session, run } = await started(withInfo);
    await session.send('Ann Lee, ann@example.com');
    await session.send('skip');
    await session.send('skip');
    expect(run.state().current_step_id).toBe('terms');
    await session.send('not yet');
    expect(run.state().current_step_id).toBe('terms');
    await session.send('noted, thanks');
    expect(run.state().current_step_id).toBe('project');
  });

  it('completes at the review on "looks good, launch it"', async () => {
    const { session, run } = await started();
    await session.send('Ann Lee, ann@example.com, 415 555 0100, Acme');
    await session.send('about 10k');
    await session.send('March 3 2027');
    const turn = await session.send('yes');
    expect(turn.reply).toMatch(/Shall I submit/);
    await session.send('looks good, launch it');
    expect(run.state().status).toBe('completed');
  });
});

describe('EmbeddedBrain fills a field revealed by the same words', () => {
  const catering: WizardDefinitionInput = {
    id: 'party',
    name: 'Party',
    slug: 'party',
    steps: [
      {
        id: 'food',
        title: 'Food',
        fields: [
          { name: 'guests', label: 'Number of guests', type: 'number', required: true },
          { name: 'catering', label: 'Catering', type: 'boolean', required: true },
          {
            name: 'style',
            label: 'Catering style',
            type: 'single_select',
            required: true,
            options: [
              { value: 'buffet', label: 'Buffet' },
              { value: 'plated', label: 'Plated dinner' },
            ],
            conditions: { show_if: { '==': [{ var: 'catering' }, true] } },
          },
        ],
      },
    ],
  };

  it('"40 guests, and yes we want catering, buffet style" fills the catering style shown by the yes', async () => {
    const { session, run } = await started(catering);
    await session.send('40 guests, and yes we want catering, buffet style');
    expect(run.state().values).toMatchObject({ guests: 40, catering: true, style: 'buffet' });
  });

  it('a revealed field does not take the value its sibling took from the same words', async () => {
    const hire: WizardDefinitionInput = {
      id: 'hire',
      name: 'Hire',
      slug: 'hire',
      steps: [
        {
          id: 'when',
          title: 'When',
          fields: [
            {
              name: 'kind',
              label: 'Hire type',
              type: 'single_select',
              required: true,
              options: [
                { value: 'multi', label: 'Long hire' },
                { value: 'single', label: 'Short hire' },
              ],
            },
            { name: 'first_day', label: 'Hire start', type: 'date', required: true },
            {
              name: 'last_day',
              label: 'Hire end',
              type: 'date',
              required: true,
              conditions: { show_if: { '==': [{ var: 'kind' }, 'multi'] } },
            },
          ],
        },
      ],
    };
    const { session, run } = await started(hire);
    await session.send('a long hire, starting May 3 2030 and ending May 9 2030');
    expect(run.state().values).toMatchObject({
      kind: 'multi',
      first_day: '2030-05-03',
      last_day: '2030-05-09',
    });
  });
});
