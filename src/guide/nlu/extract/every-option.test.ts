import { describe, expect, it } from 'vitest';
import { choosesEveryOption } from './every-option.js';

const names = (t: string) => /\b(?:tea|coffee|juice)\b/.test(t);

describe('choosesEveryOption', () => {
  it.each([
    ['all of them', 3, true],
    ['everything', 3, true],
    ['all three', 3, true],
    ['all 3 of them', 3, true],
    ['all the three', 3, true],
    ['all three, we are thirsty', 3, true],
    ['everything - it is a long trip', 3, true],
    ['all three', 4, false],
    ['all two', 3, false],
    ['all of them, except the juice', 3, false],
    ['all of them but not coffee', 3, false],
    ['everything, and tea twice', 3, false],
    ['all good', 3, false],
    ['all set, thanks', 3, false],
    ['some of them', 3, false],
    ['all of them honestly, i am pretty flexible', 3, true],
    ['any of them', 3, true],
    ['any of those to be honest', 3, true],
    ['i can do all of them', 3, true],
    ["i'm happy with all three, whatever suits", 3, true],
    ['honestly all good', 3, false],
    ['any of them except the tea', 3, false],
    ['any one of them', 3, false],
    ['all of them honestly, but no juice', 3, false],
  ])('%j of %i options → %s', (bare, count, expected) => {
    expect(choosesEveryOption(bare, count, names)).toBe(expected);
  });

  const shifts = new Set(['shift', 'availabl']);
  it.each([
    ['every shift', true],
    ['every single shift, i need the money', true],
    ['all the shifts', true],
    ['all shifts please', true],
    ['each shift', true],
    ['every day', false],
    ['all the best', false],
    ['every shift but the early ones', false],
  ])('%j with the field noun "shift" → %s', (bare, expected) => {
    expect(choosesEveryOption(bare, 4, names, shifts)).toBe(expected);
  });
});
