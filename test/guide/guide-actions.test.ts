import { describe, expect, it } from 'vitest';
import { parseRendererData } from '../../src/core/renderers/index.js';
import { WizardDefinitionBaseSchema } from '../../src/core/wizard/definition.js';
import { MemoryRunHandle } from '../../src/core/wizard/run-handle.js';
import { EmbeddedBrain } from '../../src/guide/nlu/brain.js';
import { GuideSession } from '../../src/guide/session.js';

/** A trip whose cities an action loads, with a button that applies the chosen extras. */
const definition = WizardDefinitionBaseSchema.parse({
  id: 'trip',
  name: 'Trip',
  slug: 'trip',
  guide: { name: 'Ada' },
  steps: [
    {
      id: 'where',
      title: 'Where',
      fields: [
        {
          name: 'city',
          label: 'Which city?',
          type: 'single_select',
          required: true,
          options: [{ value: 'none', label: 'Pick a country first' }],
        },
        {
          name: 'extras',
          label: 'Extras',
          type: 'multi_select',
          options: [{ value: 'bike', label: 'Bike' }],
        },
        {
          name: 'book',
          label: 'Book',
          type: 'apply_button',
          settings: { option_set: 'extras', button_label: 'Book the extras' },
        },
      ],
    },
  ],
});

async function started() {
  const run = new MemoryRunHandle('r1', definition);
  await run.dispatch({ type: 'start', reference_date: '2026-03-10' }, { actor: 'form' });
  return run;
}

describe('the guide and the actions of a run', () => {
  it('says messages and outputs, and offers loaded options like static ones', async () => {
    const run = await started();
    // What an optionSet.onLoad action and a renderer action leave in the run.
    const act = { actor: 'action' as const };
    await run.dispatch({ type: 'show_message', text: 'Welcome to the trip planner.' }, act);
    await run.dispatch(
      {
        type: 'load_option_set',
        field: 'city',
        options: [
          { value: 'lyo', label: 'Lyon' },
          { value: 'par', label: 'Paris' },
          { value: 'nce', label: 'Nice' },
        ],
      },
      act,
    );
    const data = parseRendererData('dropdown', ['Lyon', 'Paris', 'Nice']);
    if (!data.ok) throw new Error(data.message);
    await run.dispatch(
      { type: 'show_output', id: 'e.a', renderer: 'dropdown', title: 'Cities', data: data.data },
      act,
    );

    const session = new GuideSession({ run, brain: new EmbeddedBrain() });
    const greeting = await session.greet();
    expect(greeting.reply).toMatch(/^Welcome to the trip planner\.\n\nCities: Lyon, Paris and Nice\.\n\n/);
    const turn = await session.send('Paris please');
    expect(run.state().values.city).toBe('par');
    // Said once: the next turn does not repeat them.
    expect(turn.reply).not.toContain('Cities:');
  });

  it('presses an apply_button when asked, never fills it', async () => {
    const run = await started();
    const session = new GuideSession({ run, brain: new EmbeddedBrain() });
    await session.greet();
    await session.send('Lyon');
    const pressed = await session.send('book the extras');
    expect(pressed.tool_calls.map((c) => c.name)).toEqual(['apply_wizard_option_set']);
    expect(pressed.events).toEqual([
      expect.objectContaining({ type: 'option_set_applied', field: 'book', option_set: 'extras' }),
    ]);
    const again = await session.send('apply');
    expect(again.events.map((e) => e.type)).toEqual(['option_set_applied']);
    expect(run.state().values).not.toHaveProperty('book');
  });
});
