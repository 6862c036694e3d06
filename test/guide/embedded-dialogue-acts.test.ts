import { describe, expect, it } from 'vitest';
import type { WizardDefinitionInput } from '../../src/core/wizard/definition.js';
import { defaultNlu } from '../../src/guide/nlu/nlu.js';
import type { Nlu } from '../../src/guide/nlu/index.js';
import { startSession } from './embedded-helpers.js';

/** A small booking wizard: a kind of visit, add-ons, then a day and an arrival time. */
const booking: WizardDefinitionInput = {
  id: 'booking',
  name: 'Booking',
  slug: 'booking',
  guide: { name: 'Bo' },
  steps: [
    {
      id: 'what',
      title: 'What',
      fields: [
        {
          name: 'kind',
          label: 'Kind of visit',
          type: 'single_select',
          required: true,
          options: [
            { value: 'short', label: 'Short visit' },
            { value: 'long', label: 'Long visit' },
          ],
        },
        {
          name: 'extras',
          label: 'Extras',
          type: 'multi_select',
          options: [
            { value: 'tea', label: 'Tea' },
            { value: 'cake', label: 'Cake' },
          ],
        },
      ],
    },
    {
      id: 'when',
      title: 'When',
      fields: [
        { name: 'day', label: 'Preferred date', type: 'date', required: true },
        { name: 'arrival', label: 'Arrival time', type: 'time', required: true },
      ],
    },
  ],
};

describe('EmbeddedBrain: a reply to "Did you mean …?" that is not yes or no', () => {
  it('is read as an ordinary answer and fills the fields it gives', async () => {
    const unsure: Nlu = {
      ...defaultNlu,
      extractForField: (u, f, ctx) => {
        const c = defaultNlu.extractForField(u, f, ctx);
        return c && f.name === 'kind' ? { ...c, confidence: 0.4 } : c;
      },
      extractAll: (u, fields, ctx) =>
        defaultNlu
          .extractAll(u, fields, ctx)
          .map((c) => (c.field === 'kind' ? { ...c, confidence: 0.4 } : c)),
    };
    const { session, run } = await startSession(booking, { nlu: unsure });
    await session.greet();
    expect((await session.send('a long visit')).reply).toBe('Did you mean Long visit?');
    const reply = (await session.send('also tea and cake please')).reply;
    expect(run.state().values.extras).toEqual(['tea', 'cake']);
    expect(reply).not.toMatch(/Did you mean/);
  });

  it('offers no "Did you mean" when two options fit the words equally', async () => {
    const { session, run } = await startSession(booking);
    await session.greet();
    const reply = (await session.send('the visit, everything')).reply;
    expect(reply).not.toMatch(/Did you mean/);
    expect(run.state().values.kind).toBeUndefined();
  });
});

describe('EmbeddedBrain: hedged times and questions led in by a clause', () => {
  async function atTime() {
    const s = await startSession(booking);
    await s.session.greet();
    await s.session.send('short visit, no extras');
    await s.session.send('next Friday');
    return s;
  }
  it.each([
    ['morning if possible, around 10?', '10:00'],
    ['half past nine', '09:30'],
    ['they should arrive at quarter to ten.', '09:45'],
    ['ideally 2:30?', '14:30'],
  ])('%s fills the asked time with %s', async (u, v) => {
    const { session, run } = await atTime();
    await session.send(u);
    expect(run.state().values.arrival).toBe(v);
  });
  it.each(['Before I answer, could you tell me whether you bring tea?', 'is 10 too early?'])(
    '%s is a question and fills nothing',
    async (u) => {
      const { session, run } = await atTime();
      await session.send(u);
      expect(run.state().values.arrival).toBeUndefined();
    },
  );
});
