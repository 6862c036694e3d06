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
  ])('%j of %i options → %s', (bare, count, expected) => {
    expect(choosesEveryOption(bare, count, names)).toBe(expected);
  });
});
