import { describe, expect, it } from 'vitest';
import { abbreviates, inflectedAlike } from './normalize.js';

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
