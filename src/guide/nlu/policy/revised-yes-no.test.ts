import { describe, expect, it } from 'vitest';
import type { WizardDefinition } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { ctx, field } from '../extract/test-helpers.js';
import { defaultNlu } from '../nlu.js';
import { revisedYesNo } from './revised-yes-no.js';

const pets = field('has_pets', 'boolean', { label: 'Any pets?', required: true });
const about = {
  ...field('pet_details', 'textarea', { label: 'About your pets', required: true }),
  conditions: { show_if: { '==': [{ var: 'has_pets' }, true] } },
};
const definition = { steps: [{ id: 'home', fields: [pets, about] }] } as unknown as WizardDefinition;
const snapshot = (value: boolean) =>
  ({
    fields: [
      { name: 'has_pets', step_id: 'home', required: true, answered: true, value },
      { name: 'pet_details', step_id: 'home', required: true, answered: false },
    ],
  }) as unknown as RunSnapshot;

const read = (u: string, was: boolean) =>
  revisedYesNo(defaultNlu, definition, snapshot(was), 'home', u, ctx).map((c) => [c.field, c.value]);

describe('revisedYesNo: "Any pets: No. Is that still right?"', () => {
  it.each<[string, boolean, Array<[string, unknown]>]>([
    // the other answer, with details or a word of change
    [
      'actually yes, we have a shy beagle called Rex',
      false,
      [
        ['has_pets', true],
        ['pet_details', 'we have a shy beagle called Rex'],
      ],
    ],
    [
      'yes, two cats',
      false,
      [
        ['has_pets', true],
        ['pet_details', 'two cats'],
      ],
    ],
    ['actually yes', false, [['has_pets', true]]],
    ["actually no, we don't", true, [['has_pets', false]]],
    // the answer still stands, or the same answer again
    ['yes', false, []],
    ['yes, still right', false, []],
    ["yep that's still true", false, []],
    ['no', false, []],
    ['yes, a beagle', true, []],
    // a bare no to "still right?" asks what to change, as before
    ['no', true, []],
  ])('%j (was %s) → %j', (u, was, expected) => expect(read(u, was)).toEqual(expected));
});

describe('revisedYesNo: a yes that shows a date, said with it', () => {
  const card = field('food_handler_card', 'boolean', { label: 'Food handler card', required: true });
  const expiry = {
    ...field('card_expiry', 'date', { label: 'Card expiration date', required: true }),
    conditions: { show_if: { '==': [{ var: 'food_handler_card' }, true] } },
  };
  const def = { steps: [{ id: 'elig', fields: [card, expiry] }] } as unknown as WizardDefinition;
  const snap = (value: boolean) =>
    ({
      fields: [
        { name: 'food_handler_card', step_id: 'elig', required: true, answered: true, value },
        { name: 'card_expiry', step_id: 'elig', required: true, answered: false },
      ],
    }) as unknown as RunSnapshot;
  const readCard = (u: string, was: boolean) =>
    revisedYesNo(defaultNlu, def, snap(was), 'elig', u, ctx).map((c) => [c.field, c.value]);
  it.each<[string, boolean, Array<[string, unknown]>]>([
    [
      'yes I have one, it expires 10/20/2029',
      false,
      [
        ['food_handler_card', true],
        ['card_expiry', '2029-10-20'],
      ],
    ],
    // guards: the same answer, or no date
    ['yes, it expires 10/20/2029', true, []],
    ['yes I have one', false, []],
  ])('%j (was %s) → %j', (u, was, expected) => expect(readCard(u, was)).toEqual(expected));
});
