import { describe, expect, it } from 'vitest';
import type { WizardDefinitionInput } from '../../src/core/wizard/definition.js';
import type { GuideSession } from '../../src/guide/session.js';
import { startSession } from './embedded-helpers.js';

/** A date on the wrong side of today ("today" is Friday 6 March 2026) is refused with its reason. */

async function say(session: GuideSession, text: string): Promise<string> {
  return (await session.send(text)).reply;
}

const claim: WizardDefinitionInput = {
  id: 'claim',
  name: 'Claim',
  slug: 'claim',
  guide: { name: 'Ada' },
  steps: [
    {
      id: 'incident',
      title: 'Incident',
      fields: [
        { name: 'incident_date', label: 'Date of the incident', type: 'date', required: true },
        { name: 'notes', label: 'Notes', type: 'text', required: true },
      ],
    },
    {
      id: 'inspection',
      title: 'Inspection',
      fields: [
        { name: 'visit_date', label: 'Preferred inspection date', type: 'date', required: true },
        { name: 'access', label: 'Access notes', type: 'text', required: true },
      ],
    },
  ],
};

describe('EmbeddedBrain on a date said on the wrong side of today', () => {
  it('says a day still to come is no date of what happened, then takes a day behind', async () => {
    const { session, run } = await startSession(claim);
    await session.greet();
    const reply = await say(session, 'it was on 20 March 2026');
    expect(reply).toMatch(
      /20 March 2026 is still to come — your date of the incident can't be later than today/,
    );
    expect(reply).not.toMatch(/didn't catch/i);
    expect(run.state().values.incident_date).toBeUndefined();
    await say(session, 'oh sorry, 2 March 2026');
    expect(run.state().values.incident_date).toBe('2026-03-02');
  });

  it('says a day gone is no day for a visit ahead', async () => {
    const { session, run } = await startSession(claim);
    await session.greet();
    await say(session, '2 March 2026');
    await say(session, 'the fence blew down');
    const reply = await say(session, 'yesterday');
    expect(reply).toMatch(/has already passed — your preferred inspection date needs to be today or later/);
    expect(run.state().values.visit_date).toBeUndefined();
  });

  it('still says it did not catch words with no day in them', async () => {
    const { session } = await startSession(claim);
    await session.greet();
    expect(await say(session, 'hmm')).toMatch(/didn't catch/i);
  });
});
