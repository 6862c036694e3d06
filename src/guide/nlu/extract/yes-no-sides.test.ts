import { describe, expect, it } from 'vitest';
import { field } from './test-helpers.js';
import { sideYesNo, yesNoSides } from './yes-no-sides.js';

const homeowner = field('homeowner', 'boolean', {
  label: 'I own this property',
  extraction_hints: ['yes if they own it, no if they rent or lease it'],
});
const pets = field('has_pets', 'boolean', { description: 'Yes when a dog or cat lives in the home' });
const plain = field('newsletter', 'boolean', { label: 'Send me the newsletter' });

describe('sideYesNo: a yes/no answered by naming a side its hints give', () => {
  it.each<[string, boolean | null]>([
    ["we're the owners", true],
    ['owner', true],
    ['own, townhouse', true],
    ['I rent', false],
    ["I'm renting a semi in Toronto", false],
    ['we lease it', false],
    ["we don't rent, we own it", true],
    ["I don't own it", false],
    // guards: naming neither side, or both
    ['it is a detached house', null],
    ['we own it but rent out the basement', null],
  ])('%s → %s', (said, expected) => expect(sideYesNo(said, homeowner)).toBe(expected));

  it('reads a side from the description too ("Yes when a dog or cat lives …")', () => {
    expect(sideYesNo('we have a dog', pets)).toBe(true);
    expect(sideYesNo('we have a goldfish', pets)).toBeNull();
  });

  it('gives nothing for a field without sides (guard)', () => {
    expect(yesNoSides(plain)).toEqual({ yes: [], no: [] });
    expect(sideYesNo('I rent', plain)).toBeNull();
  });
});
