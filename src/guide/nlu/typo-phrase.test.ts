import { describe, expect, it } from 'vitest';
import { typoPhrase } from './typo-phrase.js';

const names = (phrase: string, said: string) => new RegExp(`^${typoPhrase(phrase)}$`, 'i').test(said);

describe('typoPhrase: one slip per long word of a name of two words or more', () => {
  it.each<[string, string, boolean]>([
    ['web address', 'web address', true],
    ['web address', 'web adress', true],
    ['web address', 'web addres', true],
    ['email address', 'email adress', true],
    ['phone number', 'phone numbr', true],
    ['date of birth', 'date of brith', true],
    ['phone number', 'phone nubmer', true],
    ['sidekick name', 'sidekck name', true],
    // guard rows: a single word, a short word, the first letter, two slips, another word
    ['voice', 'vice', false],
    ['web address', 'wb address', false],
    ['web address', 'web ddress', false],
    ['web address', 'web adrss', false],
    ['date of birth', 'date of berth', false],
    ['phone number', 'phone numbers', false],
  ])('%s ~ %s → %s', (phrase, said, expected) => {
    expect(names(phrase, said)).toBe(expected);
  });
});
