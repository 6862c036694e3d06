import { describe, expect, it } from 'vitest';
import type { WizardDefinitionInput } from '../../src/core/wizard/definition.js';
import { startSession } from './embedded-helpers.js';

/** Results an outside agent presents are set when the user takes them, even turns later. */

const restaurants: WizardDefinitionInput = {
  id: 'restaurants',
  name: 'Restaurants',
  slug: 'restaurants',
  guide: { name: 'Rita' },
  steps: [
    {
      id: 'main',
      title: 'Table',
      fields: [
        { name: 'restaurant_name', label: 'Restaurant', type: 'text', description: 'Name of the restaurant' },
        {
          name: 'location',
          label: 'City',
          type: 'text',
          description: 'City where the restaurant is located',
        },
      ],
    },
  ],
};

describe('EmbeddedBrain and presented results', () => {
  it.each([
    [['How about Bai Thong Thai in Oakland?'], 'Sure, that works', 'Bai Thong Thai'],
    [
      ['Acquerello is a good restaurant in Oakland.', 'Yes, they have outdoor seating.'],
      'Sounds perfect. Please book me a table.',
      'Acquerello',
    ],
    [['How about Bai Thong Thai in Oakland?'], 'Is there anything else available?', undefined],
    [
      ['How about Bai Thong Thai in Oakland?'],
      'Please find out whether they have outdoor seating.',
      undefined,
    ],
  ])('%j then %j → %s', async (agentLines, accept, expected) => {
    const { session, run, brain } = await startSession(restaurants, { dontCareValue: 'dontcare' });
    await session.greet();
    brain.observeAgentUtterance('Which city?');
    await session.send('Oakland');
    for (const line of agentLines) {
      brain.observeAgentUtterance(line);
      await session.send('What is their phone number?');
    }
    brain.observeAgentUtterance('Anything else?');
    await session.send(accept);
    expect(run.state().values.restaurant_name).toBe(expected);
    expect(run.state().values.location).toBe('Oakland');
  });
});
