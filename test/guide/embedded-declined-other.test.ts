import { describe, expect, it } from 'vitest';
import type { WizardDefinitionInput } from '../../src/core/wizard/definition.js';
import { startSession } from './embedded-helpers.js';

/** A speaker sign-up: name, then two optional fields (an organisation and a link), then a title. */
const speaker: WizardDefinitionInput = {
  id: 'speaker',
  name: 'Speaker sign-up',
  slug: 'speaker',
  guide: { name: 'Kit', personality: 'brisk' },
  steps: [
    {
      id: 'who',
      title: 'You',
      fields: [
        { name: 'full_name', label: 'Your name', type: 'text', required: true },
        { name: 'organisation', label: 'Company or affiliation', type: 'text', required: false },
        { name: 'profile_url', label: 'Social or profile link', type: 'url', required: false },
      ],
    },
    {
      id: 'talk',
      title: 'Talk',
      fields: [{ name: 'title', label: 'Talk title', type: 'text', required: true }],
    },
  ],
};

async function after(lines: string[]) {
  const { session, run } = await startSession(speaker);
  await session.greet();
  let reply = '';
  for (const line of lines) reply = (await session.send(line)).reply;
  return { values: run.state().values, reply };
}

describe('an optional field declined by name while another optional field is asked', () => {
  it.each(['skip the profile link', 'no profile link please'])(
    '%s skips the link and asks the organisation again',
    async (said) => {
      const { values, reply } = await after(['Sam Hill', said, 'Acme Labs']);
      expect(values['organisation']).toBe('Acme Labs');
      expect(values['profile_url']).toBeUndefined();
      expect(reply).toMatch(/talk title/i);
    },
  );
  it('a bare "skip" skips the asked organisation (guard)', async () => {
    const { values, reply } = await after(['Sam Hill', 'skip']);
    expect(values['organisation']).toBeUndefined();
    expect(reply).toMatch(/link/i);
  });
});
