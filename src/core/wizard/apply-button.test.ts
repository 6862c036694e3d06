import { describe, expect, it } from 'vitest';
import { firedEvents } from '../actions/triggers.js';
import { WizardDefinitionBaseSchema } from './definition.js';
import { applyRunCommand } from './run-engine.js';
import type { RunCommand, RunState } from './run-state.js';
import { parseWizardDefinition } from './validate-definition.js';

const definition = WizardDefinitionBaseSchema.parse({
  id: 'shop',
  name: 'Shop',
  slug: 'shop',
  steps: [
    {
      id: 'pick',
      title: 'Pick',
      fields: [
        {
          name: 'rooms',
          label: 'Rooms',
          type: 'dynamic_table',
          settings: { columns: [{ key: 'price', label: 'Price' }] },
        },
        {
          name: 'apply',
          label: 'Apply',
          type: 'apply_button',
          settings: { option_set: 'rooms', button_label: 'Book these' },
        },
        { name: 'note', label: 'Note', type: 'text' },
      ],
    },
  ],
  events: [
    {
      id: 'book',
      name: 'Book',
      trigger: 'optionSet.onApply',
      target: { kind: 'option_set', field: 'rooms' },
      actions: [{ id: 'say', type: 'show_message', config: { text: 'Booked' } }],
    },
  ],
});

function run(commands: RunCommand[]) {
  let state: RunState | null = null;
  const results = [];
  for (const command of [{ type: 'start' } as RunCommand, ...commands]) {
    const result = applyRunCommand(definition, state, command, {
      actor: 'form',
      now: new Date('2026-01-01T00:00:00Z'),
    });
    state = result.state;
    results.push(result);
  }
  return { state: state!, results };
}

describe('apply_button and dynamic_table', () => {
  it('the definition is valid without rows: a dynamic_table is loaded by an action', () => {
    expect(parseWizardDefinition(definition).ok).toBe(true);
  });

  it('pressing the button records option_set_applied with the applied value, which fires optionSet.onApply', () => {
    const { state, results } = run([
      {
        type: 'load_option_set',
        field: 'rooms',
        options: [{ value: 'r1', label: 'Room 1', cells: { price: 80 } }],
      },
      { type: 'set_field', field: 'rooms', value: ['r1'] },
      { type: 'apply_option_set', field: 'apply' },
    ]);
    const applied = results.at(-1)!.events;
    expect(applied).toEqual([
      expect.objectContaining({
        type: 'option_set_applied',
        field: 'apply',
        option_set: 'rooms',
        value: ['r1'],
      }),
    ]);
    expect(state.option_sets?.rooms?.[0]?.cells).toEqual({ price: 80 });
    const fired = firedEvents(definition, applied, state);
    expect(fired.map((f) => [f.binding.id, f.payload])).toEqual([
      ['book', { trigger: 'optionSet.onApply', field: 'rooms', button: 'apply', value: ['r1'] }],
    ]);
  });

  it('refuses pressing a field that is not a button, and giving a button a value', () => {
    const { results } = run([
      { type: 'apply_option_set', field: 'note' },
      { type: 'set_field', field: 'apply', value: true },
    ]);
    expect(results[1]!.problems).toEqual([{ field: 'note', message: 'Note is not a button' }]);
    expect(results[2]!.problems[0]!.message).toMatch(/Apply is a button: press it/);
  });

  it('refuses a button that applies an unknown field, or is required', () => {
    const bad = {
      ...definition,
      steps: [
        {
          ...definition.steps[0]!,
          fields: [
            {
              name: 'apply',
              label: 'Apply',
              type: 'apply_button',
              required: true,
              settings: { option_set: 'nope' },
            },
          ],
        },
      ],
      events: [],
    };
    const result = parseWizardDefinition(bad);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((p) => p.message)).toEqual([
        'refers to unknown field "nope"',
        'a button cannot be required: it holds no value',
      ]);
  });

  it('records the start and end of an action also after completion (wizard.onComplete actions)', () => {
    const { state, results } = run([
      { type: 'complete' },
      {
        type: 'start_action',
        id: 'a1',
        event_id: 'e',
        action_id: 'x',
        action_type: 'api_call',
        loading_message: 'Sending…',
      },
    ]);
    expect(results.at(-1)!.problems).toEqual([]);
    expect(state.running_actions).toEqual({
      a1: expect.objectContaining({ action_id: 'x', loading_message: 'Sending…', async: false }),
    });
    const finished = applyRunCommand(
      definition,
      state,
      { type: 'finish_action', id: 'a1', event_id: 'e', action_id: 'x' },
      { actor: 'action' },
    );
    expect(finished.state?.running_actions).toBeUndefined();
    const refused = applyRunCommand(
      definition,
      state,
      { type: 'set_field', field: 'note', value: 'x' },
      { actor: 'action' },
    );
    expect(refused.problems).toEqual([{ message: 'the run is completed' }]);
  });
});
