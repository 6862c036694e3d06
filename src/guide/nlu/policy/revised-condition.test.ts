import { describe, expect, it } from 'vitest';
import type { WizardDefinition } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { ctx, field } from '../extract/test-helpers.js';
import { defaultNlu } from '../nlu.js';
import { revisedCondition } from './revised-condition.js';

const catering = field('catering', 'boolean', { label: 'Catering', required: true });
const style = field('catering_style', 'single_select', {
  label: 'Catering style',
  required: true,
  conditions: { show_if: { '==': [{ var: 'catering' }, true] } },
  opts: [
    ['buffet', 'Buffet', 'self-service'],
    ['plated', 'Plated dinner', 'sit-down dinner', 'seated dinner'],
    ['canapes', 'Canapés', 'finger food'],
  ],
});
const spaces = field('spaces', 'multi_select', {
  label: 'Spaces',
  opts: [
    ['hall', 'Main hall'],
    ['terrace', 'Garden terrace'],
  ],
});
const plan = field('plan', 'single_select', {
  label: 'Plan',
  opts: [
    ['basic', 'Basic'],
    ['premium', 'Premium'],
  ],
});
const extras = field('extras', 'multi_select', {
  label: 'Premium extras',
  conditions: { show_if: { '==': [{ var: 'plan' }, 'premium'] } },
  opts: [
    ['lounge', 'Lounge access'],
    ['wifi', 'Fast wifi'],
  ],
});
const definition = {
  steps: [
    { id: 'guests', fields: [spaces] },
    { id: 'food', fields: [catering, style] },
    { id: 'tier', fields: [plan, extras] },
  ],
} as unknown as WizardDefinition;

function snapshot(values: Record<string, unknown>): RunSnapshot {
  const view = (f: typeof catering, step: string, visible: boolean) => ({
    name: f.name,
    step_id: step,
    visible,
    answered: values[f.name] !== undefined,
    value: values[f.name],
  });
  return {
    fields: [
      view(spaces, 'guests', true),
      view(catering, 'food', true),
      view(style, 'food', values.catering === true),
      view(plan, 'tier', true),
      view(extras, 'tier', values.plan === 'premium'),
    ],
  } as unknown as RunSnapshot;
}

const read = (u: string, stepId: string, values: Record<string, unknown>) => {
  const s = snapshot(values);
  const fillable = [spaces, catering, plan, ...(values.catering === true ? [style] : [])];
  return revisedCondition(defaultNlu, definition, s, stepId, fillable, u, ctx).map((c) => [c.field, c.value]);
};

describe('revisedCondition: a follow-up choice said to a revisited step whose answer hides it', () => {
  it.each<[string, string, Record<string, unknown>, Array<[string, unknown]>]>([
    [
      "sit-down then, it's a gala",
      'food',
      { catering: false },
      [
        ['catering', true],
        ['catering_style', 'plated'],
      ],
    ],
    [
      'actually a buffet would be great',
      'food',
      { catering: false },
      [
        ['catering', true],
        ['catering_style', 'buffet'],
      ],
    ],
    [
      'lounge access please',
      'tier',
      { plan: 'basic' },
      [
        ['plan', 'premium'],
        ['extras', ['lounge']],
      ],
    ],
    // guards: a question, a denial, a plain confirmation, a step that is not the one revisited, an answer
    // that already shows the follow-up, another field's words
    ["what's the difference between the plated one and the buffet?", 'food', { catering: false }, []],
    ['no buffet, we have our own caterer', 'food', { catering: false }, []],
    ["yes, that's still right", 'food', { catering: false }, []],
    ['sit-down dinner', 'guests', { catering: false }, []],
    ['sit-down dinner', 'food', { catering: true }, []],
    ['the main hall', 'food', { catering: false }, []],
  ])('%s (revisiting %s with %j) → %j', (u, step, values, want) =>
    expect(read(u, step, values)).toEqual(want),
  );
});
