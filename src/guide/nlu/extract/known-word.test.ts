import { describe, expect, it } from 'vitest';
import { isKnownWord } from './known-word.js';

describe('isKnownWord', () => {
  it.each([
    ['lovely', true],
    ['priced', true],
    ['gentle', true],
    ['writting', false],
    ['hosue', false],
    ['hal', false],
  ])('%s → %s', (word, known) => {
    expect(isKnownWord(word)).toBe(known);
  });
});
