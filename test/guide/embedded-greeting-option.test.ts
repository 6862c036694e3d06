import { describe, expect, it } from 'vitest';
import type { WizardDefinitionInput } from '../../src/core/wizard/definition.js';
import { startSession } from './embedded-helpers.js';

/** A delivery booking: a name, then a time slot named by parts of the day. */
const delivery: WizardDefinitionInput = {
  id: 'delivery',
  name: 'Delivery booking',
  slug: 'delivery',
  guide: { name: 'Kit', personality: 'brisk' },
  steps: [
    {
      id: 'who',
      title: 'You',
      fields: [{ name: 'full_name', label: 'Your name', type: 'text', required: true }],
    },
    {
      id: 'slot',
      title: 'Slot',
      fields: [
        {
          name: 'slot',
          label: 'Time slot',
          type: 'single_select',
          required: true,
          options: [
            { value: 'morning', label: 'Morning (8am – 12pm)' },
            { value: 'afternoon', label: 'Afternoon (12pm – 4pm)' },
            { value: 'evening', label: 'Evening (4pm – 8pm)' },
          ],
        },
        { name: 'notes', label: 'Notes', type: 'text' },
      ],
    },
  ],
};

async function after(lines: string[]): Promise<{ values: Record<string, unknown>; reply: string }> {
  const { session, run } = await startSession(delivery);
  await session.greet();
  let reply = '';
  for (const line of lines) reply = (await session.send(line)).reply;
  return { values: run.state().values, reply };
}

describe('a greeting word that names an option of the asked field', () => {
  it.each<[string, string | undefined]>([
    ['morning', 'morning'],
    ['Evening!', 'evening'],
    ['morning.', 'morning'],
    // guard: a greeting that names no option only greets
    ['hi', undefined],
    ['hello there!', undefined],
    // guard: an aside whose words brush an option answers nothing
    ['sorry, morning rush here, one sec', undefined],
    ['sorry, one sec', undefined],
  ])('%s to the time slot → %s', async (said, slot) => {
    const { values } = await after(['Sam Hill', said]);
    expect(values.slot).toBe(slot);
  });

  it('only greets when the asked field has no options (guard)', async () => {
    const { values, reply } = await after(['morning']);
    expect(values.full_name).toBeUndefined();
    expect(reply).toMatch(/^Hi!/);
  });
});
