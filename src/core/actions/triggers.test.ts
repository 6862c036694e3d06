import { describe, expect, it } from 'vitest';
import { createRunEvent, type RunEvent } from '../events/run-events.js';
import { WizardDefinitionBaseSchema, type WizardDefinitionInput } from '../wizard/definition.js';
import { parseWizardDefinition } from '../wizard/validate-definition.js';
import type { EventBindingInput } from './definition.js';
import { firedEvents, firedTriggers } from './triggers.js';

const base: WizardDefinitionInput = {
  id: 'trip',
  name: 'Trip',
  slug: 'trip',
  steps: [
    {
      id: 'where',
      title: 'Where',
      fields: [
        {
          name: 'country',
          label: 'Country',
          type: 'single_select',
          options: [
            { value: 'fr', label: 'France' },
            { value: 'de', label: 'Germany' },
          ],
        },
        {
          name: 'extras',
          label: 'Extras',
          type: 'multi_select',
          options: [
            { value: 'wifi', label: 'Wi-Fi' },
            { value: 'bike', label: 'Bike' },
          ],
        },
      ],
    },
    {
      id: 'when',
      title: 'When',
      fields: [
        { name: 'day', label: 'Day', type: 'date' },
        { name: 'look_up', label: 'Check the day', type: 'apply_button', settings: { option_set: 'day' } },
      ],
    },
  ],
};

function definition(events: EventBindingInput[] = []) {
  return WizardDefinitionBaseSchema.parse({ ...base, events });
}

const at = new Date('2026-01-01T00:00:00Z');
const start = createRunEvent(
  'wizard_start',
  { actor: 'form', wizard_id: 'trip', wizard_version: 1, step_id: 'where', reference_date: '2026-01-01' },
  at,
);
const update = (field: string, value: unknown, previous?: unknown) =>
  createRunEvent('wizard_field_update', { actor: 'form', field, value, previous }, at);
const move = (from: string | null, to: string, direction: 'next' | 'previous' | 'jump') =>
  createRunEvent('wizard_step_change', { actor: 'form', from, to, direction }, at);

describe('firedTriggers', () => {
  const cases: Array<[string, RunEvent[], string[]]> = [
    ['a start', [start], ['wizard.onStart', 'step.onEntry', 'optionSet.onLoad', 'optionSet.onLoad']],
    [
      'a move forward',
      [move('where', 'when', 'next')],
      ['step.onValidate', 'step.onExit', 'step.onEntry', 'optionSet.onLoad'],
    ],
    [
      'a move back',
      [move('when', 'where', 'previous')],
      ['step.onExit', 'step.onEntry', 'optionSet.onLoad', 'optionSet.onLoad'],
    ],
    ['reaching the review', [move('when', '__review__', 'next')], ['step.onValidate', 'step.onExit']],
    [
      'a first choice',
      [update('country', 'fr')],
      ['optionSet.onChange', 'option.onClick', 'option.onSelect', 'option.onChange'],
    ],
    [
      'a changed choice',
      [update('country', 'de', 'fr')],
      [
        'optionSet.onChange',
        'option.onClick',
        'option.onSelect',
        'option.onChange',
        'option.onDeselect',
        'option.onChange',
      ],
    ],
    ['a date field (an answer, no options)', [update('day', '2026-02-02')], ['optionSet.onChange']],
    [
      'an apply_button pressed',
      [
        createRunEvent(
          'option_set_applied',
          { actor: 'form', field: 'look_up', option_set: 'day', value: '2026-02-02' },
          at,
        ),
      ],
      ['optionSet.onApply'],
    ],
    [
      'completion',
      [createRunEvent('wizard_complete', { actor: 'form', values: {} }, at)],
      ['wizard.onComplete'],
    ],
  ];
  it.each(cases)('fires the triggers of %s, in order', (_name, events, triggers) => {
    expect(firedTriggers(definition(), events).map((f) => f.trigger)).toEqual(triggers);
  });

  it('names the option that a multi-select gained and the one it lost', () => {
    const fired = firedTriggers(definition(), [update('extras', ['bike'], ['wifi'])]);
    expect(fired.filter((f) => f.trigger === 'option.onSelect').map((f) => f.payload.option)).toEqual([
      'bike',
    ]);
    expect(fired.filter((f) => f.trigger === 'option.onDeselect').map((f) => f.payload.option)).toEqual([
      'wifi',
    ]);
  });
});

describe('firedEvents', () => {
  const onFrance: EventBindingInput = {
    id: 'france',
    name: 'France picked',
    trigger: 'option.onSelect',
    target: { kind: 'option', field: 'country', value: 'fr' },
  };
  const state = (values: Record<string, unknown>) => ({ values }) as never;

  it('matches bindings by trigger and target, skipping disabled ones and unmet conditions', () => {
    const def = definition([
      onFrance,
      { ...onFrance, id: 'off', enabled: false },
      { ...onFrance, id: 'germany', target: { kind: 'option', field: 'country', value: 'de' } },
      { ...onFrance, id: 'if_wifi', conditions: { in: ['wifi', { var: 'extras' }] } },
    ]);
    const fired = firedEvents(def, [update('country', 'fr')], state({ country: 'fr', extras: [] }));
    expect(fired.map((f) => f.binding.id)).toEqual(['france']);
    const withWifi = firedEvents(def, [update('country', 'fr')], state({ country: 'fr', extras: ['wifi'] }));
    expect(withWifi.map((f) => f.binding.id)).toEqual(['france', 'if_wifi']);
    expect(withWifi[0]!.payload).toMatchObject({
      trigger: 'option.onSelect',
      field: 'country',
      option: 'fr',
    });
  });
});

describe('event checks of a definition', () => {
  const problems = (events: EventBindingInput[]) => {
    const result = parseWizardDefinition({ ...base, events });
    return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
  };
  it('accepts well-formed events', () => {
    expect(problems([onStart()])).toEqual([]);
  });
  it.each([
    [
      { ...onStart(), target: { kind: 'step', step_id: 'where' } },
      'events.0.target: wizard.onStart is attached to the wizard, not a step',
    ],
    [
      { ...onStart(), trigger: 'step.onEntry', target: { kind: 'step', step_id: 'nope' } },
      'events.0.target.step_id: refers to unknown step "nope"',
    ],
    [
      { ...onStart(), trigger: 'optionSet.onChange', target: { kind: 'option_set', field: 'look_up' } },
      'events.0.target.field: "look_up" is of type apply_button: it takes optionSet.onApply only',
    ],
    [
      { ...onStart(), trigger: 'option.onSelect', target: { kind: 'option', field: 'day', value: 'x' } },
      'events.0.target.field: "day" is a date field, not a select field: it has no options',
    ],
    [
      { ...onStart(), trigger: 'option.onSelect', target: { kind: 'option', field: 'country', value: 'es' } },
      'events.0.target.value: "country" has no option "es"',
    ],
    [
      {
        ...onStart(),
        actions: [{ id: 'set', type: 'set_field_value', config: { field: 'nope', value: 'x' } }],
      },
      'events.0.actions.0.config.field: refers to unknown field "nope"',
    ],
    [
      { ...onStart(), conditions: { '==': [{ var: 'ghost' }, 1] } },
      'events.0.conditions: refers to unknown field "ghost"',
    ],
  ])('names the problem of %j', (event, problem) => {
    expect(problems([event as EventBindingInput])).toContain(problem);
  });
  it.each([
    ['optionSet.onLoad', 'day'],
    ['optionSet.onChange', 'day'],
    ['optionSet.onApply', 'day'],
    ['optionSet.onApply', 'look_up'],
    ['optionSet.onChange', 'country'],
  ])('takes %s on the field %s', (trigger, field) => {
    const event = { ...onStart(), trigger, target: { kind: 'option_set', field } } as EventBindingInput;
    expect(problems([event])).toEqual([]);
  });
  it('refuses an unknown trigger or action type by the schema', () => {
    expect(problems([{ ...onStart(), trigger: 'step.onBlur' as never }])[0]).toMatch(/^events\.0\.trigger/);
    expect(problems([{ ...onStart(), actions: [{ id: 'x', type: 'send_fax' } as never] }])[0]).toMatch(
      /^events\.0\.actions\.0/,
    );
  });
});

function onStart(): EventBindingInput {
  return { id: 'hello', name: 'Hello', trigger: 'wizard.onStart' };
}
