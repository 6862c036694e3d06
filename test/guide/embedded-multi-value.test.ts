import { describe, expect, it } from 'vitest';
import { loadBuiltinWizards } from '../../src/builtin/index.js';
import { startSession } from './embedded-helpers.js';

/** The built-in lead-capture wizard, as shipped. */
const leadCapture = loadBuiltinWizards().find((w) => w.slug === 'lead-capture')!;

/** Greets, says each turn in order, and returns the run's values (checking no value awaits confirmation). */
async function valuesAfter(...turns: string[]): Promise<Record<string, unknown>> {
  const { session, run } = await startSession(leadCapture);
  await session.greet();
  for (const turn of turns) expect((await session.send(turn)).reply).not.toMatch(/did you mean/i);
  return run.state().values;
}

const ADA = { full_name: 'Ada Lovelace', email: 'ada@example.com' };
const ADA_PHONE = { ...ADA, phone: '+14155550100' };

describe('a free-text answer does not swallow the other values of the same utterance', () => {
  it.each<[string, Record<string, unknown>]>([
    ['My name is Ada Lovelace, ada@example.com', ADA],
    ['Ada Lovelace, ada@example.com', ADA],
    ['ada@example.com, Ada Lovelace', ADA],
    ['Ada Lovelace and my email is ada@example.com', ADA],
    ["I'm Ada Lovelace and my email is ada@example.com, phone 415 555 0100", ADA_PHONE],
    ['Ada Lovelace, ada@example.com, 415 555 0100', ADA_PHONE],
    ['Ada Lovelace, my email is ada@example.com and my phone is 415-555-0100', ADA_PHONE],
    ['My name is Ada Lovelace, email ada@example.com, and my number is (415) 555-0100', ADA_PHONE],
    ['This is Ada Lovelace, you can reach me at ada@example.com', ADA],
  ])('%s', async (utterance, expected) => {
    const values = await valuesAfter(utterance);
    expect(values).toMatchObject(expected);
    expect(values.full_name).toBe('Ada Lovelace');
  });

  it.each<[string, Record<string, unknown>]>([
    ['Analytical Engines, about 10k', { company: 'Analytical Engines', budget: '5k-20k' }],
    [
      "We're Analytical Engines and the budget is over 50k",
      { company: 'Analytical Engines', budget: 'over-50k' },
    ],
    ['Analytical Engines, under 5,000 dollars', { company: 'Analytical Engines', budget: 'under-5k' }],
  ])('company step: %s', async (utterance, expected) => {
    const values = await valuesAfter('Ada Lovelace, ada@example.com, 415 555 0100', utterance);
    expect(values).toMatchObject(expected);
  });

  it('splits a name and a company only when the company is introduced ("from")', async () => {
    expect(await valuesAfter('Ada Lovelace from Analytical Engines')).toMatchObject({
      full_name: 'Ada Lovelace',
      company: 'Analytical Engines',
    });
  });

  it('keeps a plain name whole', async () => {
    expect(await valuesAfter('Ada Lovelace')).toEqual({ full_name: 'Ada Lovelace' });
  });
});
