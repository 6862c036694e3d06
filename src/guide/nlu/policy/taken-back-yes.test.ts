import { describe, expect, it } from 'vitest';
import type { WizardDefinition } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { field } from '../extract/test-helpers.js';
import { defaultNlu } from '../nlu.js';
import { isWholeNo, takenBackYes } from './taken-back-yes.js';

const pets = field('has_pets', 'boolean', { label: 'Any pets?', required: true });
const about = {
  ...field('pet_details', 'textarea', { label: 'About your pets', required: true }),
  conditions: { show_if: { '==': [{ var: 'has_pets' }, true] } },
};
const notes = field('notes', 'textarea', { label: 'Anything else', required: false });
const definition = { steps: [{ id: 'home', fields: [pets, about, notes] }] } as unknown as WizardDefinition;
const snapshot = (value: boolean) =>
  ({
    fields: [
      { name: 'has_pets', required: true, answered: true, value },
      { name: 'pet_details', required: true, answered: false },
      { name: 'notes', required: false, answered: false },
    ],
  }) as unknown as RunSnapshot;

describe('isWholeNo: a no that answers the question, not details opening with a no', () => {
  it.each<[string, boolean]>([
    ['no', true],
    ['nope, nothing at all', true],
    ["sorry, I misread the question. I don't have any conditions, the answer is no", true],
    ["we don't have any", true],
    ['oops I meant no', true],
    ['no heavy lifting for six weeks', false],
    ['no dogs, just two cats', false],
    ["I don't have any allergies apart from cats", false],
  ])('%j → %s', (u, expected) => expect(isWholeNo(u)).toBe(expected));
});

describe('takenBackYes', () => {
  it.each<[string, boolean, boolean | null]>([
    // the yes shown details are asked: a whole no takes the yes back
    ['no', true, false],
    ["wait, sorry, I misread that. We don't have any pets, the answer is no", true, false],
    ['ah my bad, nope', true, false],
    // details, or a yes, are no taking back
    ['no cats, one old dog', true, null],
    ['a shy beagle', true, null],
    ['yes, a beagle', true, null],
    // nothing to take back when the yes/no is not yes
    ['no', false, null],
  ])('%j (has_pets %s) → %s', (u, yes, expected) => {
    const c = takenBackYes(defaultNlu, definition, snapshot(yes), about, u);
    expect(c?.field === 'has_pets' ? c.value : null).toBe(expected);
  });

  it('a free-text field no yes showed takes back nothing', () =>
    expect(takenBackYes(defaultNlu, definition, snapshot(true), notes, 'no')).toBeNull());
});
