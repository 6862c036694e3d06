import { describe, expect, it } from 'vitest';
import { WizardDefinitionBaseSchema, type WizardDefinitionInput } from './definition.js';
import { applyRunCommand } from './run-engine.js';
import { replayRunEvents } from './run-fold.js';
import { REVIEW_STEP_ID, type RunCommand, type RunState } from './run-state.js';

const NOW = new Date('2026-03-02T10:00:00Z');

const input: WizardDefinitionInput = {
  id: 'w1',
  name: 'Trip',
  slug: 'trip',
  steps: [
    {
      id: 'who',
      title: 'Who',
      fields: [
        { name: 'name', label: 'Name', type: 'text', required: true, validation: { min_length: 2 } },
        { name: 'slug', label: 'Slug', type: 'text', derive: { from: 'name', transform: 'slug' } },
        { name: 'email', label: 'Email', type: 'email' },
      ],
    },
    {
      id: 'travel',
      title: 'Travel',
      fields: [
        {
          name: 'mode',
          label: 'Mode',
          type: 'single_select',
          required: true,
          options: [
            { value: 'car', label: 'Car' },
            { value: 'plane', label: 'Plane' },
          ],
        },
        {
          name: 'seat',
          label: 'Seat',
          type: 'single_select',
          required: true,
          options: [
            { value: 'aisle', label: 'Aisle' },
            { value: 'window', label: 'Window' },
          ],
          conditions: { show_if: { '==': [{ var: 'mode' }, 'plane'] } },
        },
      ],
    },
    {
      id: 'flight',
      title: 'Flight',
      fields: [
        {
          name: 'meal',
          label: 'Meal',
          type: 'text',
          conditions: { show_if: { '==': [{ var: 'mode' }, 'plane'] } },
        },
      ],
    },
    { id: 'done', title: 'Done', fields: [{ name: 'notes', label: 'Notes', type: 'textarea' }] },
  ],
};
const definition = WizardDefinitionBaseSchema.parse(input);

function run(commands: RunCommand[]): {
  state: RunState;
  events: ReturnType<typeof applyRunCommand>['events'];
  problems: ReturnType<typeof applyRunCommand>['problems'];
} {
  let state: RunState | null = null;
  let last = applyRunCommand(
    definition,
    null,
    { type: 'start', reference_date: '2026-03-02' },
    { actor: 'form', now: NOW },
  );
  state = last.state;
  for (const command of commands) {
    last = applyRunCommand(definition, state, command, { actor: 'form', now: NOW });
    state = last.state;
  }
  return { state: state!, events: last.events, problems: last.problems };
}

const set = (field: string, value: unknown): RunCommand => ({ type: 'set_field', field, value });

describe('run engine', () => {
  it.each<[string, RunCommand[], Partial<RunState>, string[]]>([
    ['start enters the first step', [], { current_step_id: 'who', status: 'active' }, ['wizard_start']],
    [
      'set_field stores a normalised value',
      [set('email', ' Ann@Example.COM ')],
      { values: { email: 'Ann@example.com' } },
      ['wizard_field_update'],
    ],
    ['set_field refuses an invalid value', [set('email', 'nope')], { values: {} }, ['validation_error']],
    ['set_field refuses an unknown field', [set('colour', 'red')], { values: {} }, ['validation_error']],
    ['set_field with the same value emits nothing', [set('email', 'a@b.co'), set('email', 'a@b.co')], {}, []],
    [
      'next_step refuses while a required field is missing',
      [{ type: 'next_step' }],
      { current_step_id: 'who' },
      ['validation_error'],
    ],
    [
      'next_step moves on when the step is complete',
      [set('name', 'Ann'), { type: 'next_step' }],
      { current_step_id: 'travel' },
      ['wizard_step_change'],
    ],
    [
      'previous_step on the first step is refused',
      [{ type: 'previous_step' }],
      { current_step_id: 'who' },
      ['validation_error'],
    ],
    [
      'a step whose fields are all hidden is skipped',
      [set('name', 'Ann'), { type: 'next_step' }, set('mode', 'car'), { type: 'next_step' }],
      { current_step_id: 'done' },
      ['wizard_step_change'],
    ],
    [
      'previous_step skips hidden steps too',
      [
        set('name', 'Ann'),
        { type: 'next_step' },
        set('mode', 'car'),
        { type: 'next_step' },
        { type: 'previous_step' },
      ],
      { current_step_id: 'travel' },
      ['wizard_step_change'],
    ],
    [
      'a hidden field is not required',
      [set('name', 'Ann'), { type: 'next_step' }, set('mode', 'car'), { type: 'complete' }],
      { status: 'completed' },
      ['wizard_complete'],
    ],
    [
      'a shown field becomes required',
      [set('name', 'Ann'), { type: 'next_step' }, set('mode', 'plane'), { type: 'complete' }],
      { status: 'active' },
      ['validation_error'],
    ],
    [
      'go_to_step forward past a missing field is refused',
      [{ type: 'go_to_step', step_id: 'done' }],
      { current_step_id: 'who' },
      ['validation_error'],
    ],
    [
      'go_to_step to an unknown step is refused',
      [{ type: 'go_to_step', step_id: 'nowhere' }],
      {},
      ['validation_error'],
    ],
    [
      'abandon ends the run',
      [{ type: 'abandon', reason: 'bored' }],
      { status: 'abandoned' },
      ['wizard_abandon'],
    ],
    [
      'commands after the end are refused',
      [{ type: 'abandon' }, set('name', 'Ann')],
      { status: 'abandoned' },
      ['validation_error'],
    ],
    [
      'last next_step reaches the review page',
      [
        set('name', 'Ann'),
        { type: 'next_step' },
        set('mode', 'car'),
        { type: 'next_step' },
        { type: 'next_step' },
      ],
      { current_step_id: REVIEW_STEP_ID },
      ['wizard_step_change'],
    ],
  ])('%s', (_name, commands, expected, eventTypes) => {
    const { state, events } = run(commands);
    expect(state).toMatchObject(expected);
    expect(events.map((e) => e.type)).toEqual(eventTypes);
  });

  it('names every missing field when completing too early', () => {
    const { problems } = run([{ type: 'complete' }]);
    expect(problems.map((p) => p.field)).toEqual(['name', 'mode']);
    expect(problems[0]!.message).toBe('Name is required');
  });

  it('says why a value is refused', () => {
    const { problems } = run([set('name', 'A')]);
    expect(problems).toEqual([{ field: 'name', message: 'Name must be at least 2 characters' }]);
  });

  it('clears fields whose conditions no longer hold, and says so in the event', () => {
    const { state, events } = run([
      set('name', 'Ann'),
      { type: 'next_step' },
      set('mode', 'plane'),
      set('seat', 'window'),
      set('meal', 'vegan'),
      set('mode', 'car'),
    ]);
    expect(state.values).toEqual({ name: 'Ann', slug: 'ann', mode: 'car' });
    expect(events[0]).toMatchObject({
      type: 'wizard_field_update',
      field: 'mode',
      value: 'car',
      previous: 'plane',
      cleared: ['seat', 'meal'],
    });
  });

  it('derives a field until it is set directly', () => {
    expect(run([set('name', 'Herman the Helper')]).state.values.slug).toBe('herman-the-helper');
    const { state } = run([set('slug', 'mine'), set('name', 'Herman')]);
    expect(state.values.slug).toBe('mine');
  });

  it('records provenance of each value', () => {
    const { state } = run([
      {
        type: 'set_field',
        field: 'name',
        value: 'Ann',
        provenance: { source: 'guide', utterance: "I'm Ann", confidence: 0.8 },
      },
    ]);
    expect(state.provenance.name).toEqual({ source: 'guide', utterance: "I'm Ann", confidence: 0.8 });
    expect(state.provenance.slug?.source).toBe('derived');
  });

  it('rebuilds the same state from its events', () => {
    const commands: RunCommand[] = [
      set('name', 'Ann'),
      { type: 'next_step' },
      set('mode', 'plane'),
      set('seat', 'aisle'),
      { type: 'previous_step' },
    ];
    let state: RunState | null = null;
    const log = [];
    for (const command of [{ type: 'start', reference_date: '2026-03-02' } as RunCommand, ...commands]) {
      const result = applyRunCommand(definition, state, command, { actor: 'guide', now: NOW });
      state = result.state;
      log.push(...result.events);
    }
    expect(replayRunEvents(definition, log)).toEqual(state);
  });

  it('stamps every event with the command time', () => {
    const { events } = run([set('name', 'Ann')]);
    expect(events.every((e) => e.at === NOW.toISOString())).toBe(true);
  });
});
