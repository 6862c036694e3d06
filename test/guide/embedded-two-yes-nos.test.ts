import { describe, expect, it } from 'vitest';
import type { WizardDefinitionInput } from '../../src/core/wizard/definition.js';
import { startSession } from './embedded-helpers.js';

/** A volunteer sign-up: a name, then one prompt asking two yes/no questions. */
const volunteer: WizardDefinitionInput = {
  id: 'volunteer',
  name: 'Volunteer sign-up',
  slug: 'volunteer',
  description: 'Sign up to help at the food bank.',
  guide: { name: 'Kit', personality: 'brisk' },
  steps: [
    {
      id: 'who',
      title: 'You',
      fields: [{ name: 'full_name', label: 'Your name', type: 'text', required: true }],
    },
    {
      id: 'extras',
      title: 'Parking and experience',
      voice_prompt: 'Will you need a parking space, and is this your first time volunteering with us?',
      fields: [
        {
          name: 'needs_parking',
          label: 'Needs parking',
          type: 'boolean',
          required: true,
          description: 'Whether the volunteer needs a parking space for their car',
        },
        {
          name: 'first_time',
          label: 'First time volunteering',
          type: 'boolean',
          required: true,
          description: 'Whether this is the first shift of the volunteer; newcomers get a buddy',
        },
      ],
    },
  ],
};

async function valuesAfter(lines: string[]): Promise<Record<string, unknown>> {
  const { session, run } = await startSession(volunteer);
  await session.greet();
  for (const line of lines) await session.send(line);
  return run.state().values;
}

describe('a yes or no to two yes/no questions asked at once', () => {
  it.each<[string, Record<string, boolean | undefined>]>([
    // the words name one of them: only that one is answered, the other is asked next
    ['yes please, I need parking for my car', { needs_parking: true, first_time: undefined }],
    ["yes, it's my first time", { needs_parking: undefined, first_time: true }],
    // the words name neither: the yes or no answers both (guard)
    ['no', { needs_parking: false, first_time: false }],
  ])('%s → %j', async (said, expected) => {
    const values = await valuesAfter(['Sam Hill', said]);
    for (const [name, value] of Object.entries(expected)) expect(values[name]).toBe(value);
  });
});
