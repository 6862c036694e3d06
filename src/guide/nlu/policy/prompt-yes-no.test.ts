import { describe, expect, it } from 'vitest';
import { clauseYesNo } from './prompt-yes-no.js';

describe('clauseYesNo: a yes or no said as one clause of a longer answer', () => {
  it.each<[string, boolean | null]>([
    ['Mochi, about 4 kilos, and yes she stays indoors', true],
    ['Pepper. fine around kids yeah', true],
    ['Rex, 12 years old, but no he has never been vaccinated', false],
    ['Rex, no', false],
    // a "no" that begins another answer is no answer to the yes/no question
    ['Mochi, no meds, no allergies', null],
    ['Mochi, 4 kilos', null],
    // both said: nothing to take
    ['yes to the first, no she does not', null],
  ])('%s → %s', (u, expected) => expect(clauseYesNo(u)).toBe(expected));
});
