import { describe, expect, it } from 'vitest';
import type { WizardDefinition } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { ctx, field } from '../extract/test-helpers.js';
import { defaultNlu } from '../nlu.js';
import { choiceFieldsShownBy, yesChoiceAnswer } from './yes-choice.js';

const style = field('catering_style', 'single_select', {
  label: 'Catering style',
  conditions: { show_if: { '==': [{ var: 'catering' }, true] } },
  opts: [
    ['buffet', 'Buffet', 'self-service'],
    ['plated', 'Plated dinner', 'sit-down dinner', 'seated dinner'],
    ['canapes', 'Canapés', 'finger food', 'nibbles'],
  ],
});
const extras = field('extras', 'multi_select', {
  label: 'Extras',
  conditions: { show_if: { '==': [{ var: 'add_extras' }, true] } },
  opts: [
    ['valet', 'Valet (inside and out)'],
    ['wipers', 'Wiper blades'],
  ],
});

describe('yesChoiceAnswer', () => {
  const fields = { style, extras };
  it.each<[keyof typeof fields, string, unknown]>([
    ['style', 'yeah mate, a proper sit-down meal for everyone', 'plated'],
    ['style', 'yes please, finger food would be great', 'canapes'],
    ['style', 'yes, buffet style', 'buffet'],
    ['extras', 'yes, new wiper blades', ['wipers']],
    // GUARD: the yes says no option, or only a shared word
    ['style', 'yes please', null],
    ['style', 'yes, lunch for everyone', null],
    ['style', 'yes, dinner', null],
    ['style', "yeah, we'd love that", null],
    ['extras', 'yes', null],
  ])('%s: %j → %j', (name, words, value) =>
    expect(yesChoiceAnswer(defaultNlu, words, fields[name], ctx)?.value ?? null).toEqual(value),
  );
});

describe('choiceFieldsShownBy', () => {
  const catering = field('catering', 'boolean');
  const always = field('notes_kind', 'single_select', { opts: [['a', 'A']] });
  const definition = {
    steps: [{ id: 's', title: 'S', fields: [catering, style, always] }],
  } as unknown as WizardDefinition;
  const snapshot = { fields: [] } as unknown as RunSnapshot;
  it('lists only the selects the yes shows and the no hides', () => {
    expect(choiceFieldsShownBy(definition, snapshot, catering).map((f) => f.name)).toEqual([
      'catering_style',
    ]);
  });
});
