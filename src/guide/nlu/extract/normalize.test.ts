import { describe, expect, it } from 'vitest';
import { abbreviates, inflectedAlike, stripFillers } from './normalize.js';

describe('inflectedAlike', () => {
  it.each([
    ['pet', 'pets', 3, true],
    ['deliver', 'delivery', 4, true],
    ['outdoor', 'outdoors', 3, true],
    ['same', 'same', 4, true],
    ['pet', 'petaluma', 3, false],
    ['pet', 'pets', 4, false],
    ['cat', 'dog', 3, false],
  ] as const)('%s ~ %s (at least %d letters) is %s', (a, b, min, want) => {
    expect(inflectedAlike(a, b, min)).toBe(want);
    expect(inflectedAlike(b, a, min)).toBe(want);
  });
});

describe('abbreviates', () => {
  it.each([
    ['bath', 'bathroom', true],
    ['bed', 'bedroom', true],
    ['bth', 'bathroom', true],
    ['wkly', 'weekly', true],
    ['ba', 'bathroom', false], // too short
    ['tub', 'bathroom', false], // another first letter
    ['bathrooms', 'bathroom', false], // longer
    ['btw', 'bathroom', false], // letters not in order
  ] as const)('%s shortens %s: %s', (short, word, want) => {
    expect(abbreviates(short, word)).toBe(want);
  });
});

describe('stripFillers: a filler with "then"', () => {
  it.each([
    ['Alright then, an old-fashioned reading lamp', 'an old-fashioned reading lamp'],
    ['ok then, Friday', 'Friday'],
    // guard: "then" that starts the answer stays
    ['then a second lamp', 'then a second lamp'],
  ])('%s → %s', (text, expected) => {
    expect(stripFillers(text)).toBe(expected);
  });
});

describe('stripFillers: an instruction to record what follows', () => {
  it.each([
    ['put Moreno Studio', 'Moreno Studio'],
    ['just write Acme Ltd', 'Acme Ltd'],
    ['Put it down as Acme', 'Acme'],
    ['put me down as Sam', 'Sam'],
    // a name or description that starts with such a word stays whole
    ['Type Foundry Ltd', 'Type Foundry Ltd'],
    ['Enter Shikari', 'Enter Shikari'],
    ['write poems for kids', 'write poems for kids'],
    ['enter the dragon', 'enter the dragon'],
  ])('%s → %s', (text, expected) => {
    expect(stripFillers(text)).toBe(expected);
  });
});

describe('stripFillers: trailing courtesy words, also abbreviated', () => {
  it.each([
    ['Exam Buddy please', 'Exam Buddy'],
    ['Exam Buddy pls', 'Exam Buddy'],
    ['Exam Buddy plz', 'Exam Buddy'],
    ['Acme Ltd, thx', 'Acme Ltd'],
    // the letters inside a word are no courtesy
    ['Tuplsen', 'Tuplsen'],
    ['Plz Records Ltd', 'Plz Records Ltd'],
  ])('%s → %s', (text, expected) => {
    expect(stripFillers(text)).toBe(expected);
  });
});

describe('stripFillers: a trailing discourse particle', () => {
  it.each([
    ['ledger-bot tho', 'ledger-bot'],
    ['Ledger though', 'Ledger'],
    ['Maple anyway', 'Maple'],
    ['blue, anyways.', 'blue'],
    // guard rows: the particle inside a value, or a value that only starts like one, stays
    ['Though Lane', 'Though Lane'],
    ['even though it rains', 'even though it rains'],
    ['Thorpe', 'Thorpe'],
  ])('%s → %s', (text, expected) => {
    expect(stripFillers(text)).toBe(expected);
  });
});
