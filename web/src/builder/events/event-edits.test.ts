import { describe, expect, it } from 'vitest';
import type { EventBinding } from '../../../../src/core/actions/definition';
import { parseWizardDefinition } from '../../../../src/core/wizard/validate-definition';
import type { Field, WizardDefinition } from '../../../../src/core/wizard/definition';
import {
  addEvent,
  eventSelection,
  eventsInScope,
  inRunOrder,
  moveAction,
  newAction,
  newEvent,
  removeEvent,
  replaceAction,
  scopeTargets,
  triggersOf,
} from './event-edits';

const draft = (): WizardDefinition => {
  const parsed = parseWizardDefinition({
    id: 'w',
    name: 'W',
    slug: 'w',
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
          { name: 'note', label: 'Note', type: 'text' },
        ],
      },
    ],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.definition;
};

describe('event edits', () => {
  it('offers the option set and each option of a select field, the field itself for a text field', () => {
    const d = draft();
    const [country, note] = d.steps[0]!.fields;
    expect(scopeTargets({ kind: 'field', field: country! }).map((c) => c.label)).toEqual([
      'The options of this field',
      'Option “France”',
      'Option “Germany”',
    ]);
    expect(scopeTargets({ kind: 'field', field: note! })).toEqual([
      {
        target: { kind: 'option_set', field: 'note' },
        label: 'This field',
        triggers: ['optionSet.onLoad', 'optionSet.onChange', 'optionSet.onApply'],
      },
    ]);
    const button = { name: 'apply', label: 'Apply', type: 'apply_button' } as Field;
    expect(scopeTargets({ kind: 'field', field: button }).map((c) => c.triggers)).toEqual([
      ['optionSet.onApply'],
    ]);
  });

  it('lists only the triggers of a target', () => {
    const d = draft();
    expect(triggersOf(d, { kind: 'step', step_id: 'where' })).toEqual([
      'step.onEntry',
      'step.onExit',
      'step.onValidate',
    ]);
    expect(triggersOf(d, { kind: 'wizard' })).toEqual(['wizard.onStart', 'wizard.onComplete']);
    expect(newEvent(d, { kind: 'option_set', field: 'note' }).trigger).toBe('optionSet.onLoad');
  });

  it('adds a valid event with unique ids, shows it in its scope only, and removes it', () => {
    let d = draft();
    const first = newEvent(d, { kind: 'step', step_id: 'where' });
    d = addEvent(d, first);
    const second = newEvent(d, { kind: 'step', step_id: 'where' });
    expect(second.id).not.toBe(first.id);
    d = addEvent(d, second);
    expect(parseWizardDefinition(d).ok).toBe(true);
    expect(eventsInScope(d, { kind: 'step', stepId: 'where' }).map((e) => e.index)).toEqual([0, 1]);
    expect(eventsInScope(d, { kind: 'wizard' })).toEqual([]);
    d = removeEvent(removeEvent(d, 1), 0);
    expect(d.events).toBeUndefined();
  });

  it('shows an event whose step was renamed on the wizard panel', () => {
    const d = addEvent(draft(), newEvent(draft(), { kind: 'step', step_id: 'gone' }));
    expect(eventsInScope(d, { kind: 'wizard' }).map((e) => e.event.target)).toEqual([
      { kind: 'step', step_id: 'gone' },
    ]);
  });

  it('appends actions with unique ids and keeps execution_order equal to the list order', () => {
    let event: EventBinding = newEvent(draft(), { kind: 'wizard' });
    event = { ...event, actions: [newAction('show_message', event)] };
    event = { ...event, actions: [...event.actions, newAction('show_message', event)] };
    event = { ...event, actions: [...event.actions, newAction('navigate', event)] };
    expect(event.actions.map((a) => [a.id, a.execution_order])).toEqual([
      ['show_message', 0],
      ['show_message_2', 1],
      ['navigate', 2],
    ]);
    const moved = moveAction(event, 2, 0);
    expect(moved.actions.map((a) => [a.id, a.execution_order])).toEqual([
      ['navigate', 0],
      ['show_message', 1],
      ['show_message_2', 2],
    ]);
    expect(replaceAction(moved, 0, null).actions.map((a) => [a.id, a.execution_order])).toEqual([
      ['show_message', 0],
      ['show_message_2', 1],
    ]);
  });

  it('lists actions in the order they run', () => {
    const event = newEvent(draft(), { kind: 'wizard' });
    const a = { ...newAction('navigate', event), id: 'a', execution_order: 5 };
    const b = { ...newAction('navigate', event), id: 'b', execution_order: 1 };
    expect(inRunOrder({ ...event, actions: [a, b] }).actions.map((x) => [x.id, x.execution_order])).toEqual([
      ['b', 0],
      ['a', 1],
    ]);
  });

  it('starts an api_call without a configuration unchecked, so the editor can ask for one', () => {
    const event = newEvent(draft(), { kind: 'wizard' });
    expect(newAction('api_call', event)).toMatchObject({ type: 'api_call', config: { api_config_id: '' } });
    expect(newAction('api_call', event, { apiConfigId: 'c1' }).config).toMatchObject({
      api_config_id: 'c1',
      method: 'GET',
      query: {},
    });
  });

  it('finds the panel that shows an event, for a problem link', () => {
    let d = draft();
    d = addEvent(d, newEvent(d, { kind: 'option', field: 'country', value: 'de' }));
    d = addEvent(d, newEvent(d, { kind: 'step', step_id: 'where' }));
    d = addEvent(d, newEvent(d, { kind: 'step', step_id: 'gone' }));
    expect([0, 1, 2, 9].map((i) => eventSelection(d, i))).toEqual([
      { kind: 'field', step: 0, field: 0 },
      { kind: 'step', step: 0 },
      { kind: 'wizard' },
      { kind: 'wizard' },
    ]);
  });
});
