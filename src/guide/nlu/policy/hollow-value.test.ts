import { describe, expect, it } from 'vitest';
import { field } from '../extract/test-helpers.js';
import { isHollowFor, isHollowValue } from './hollow-value.js';

describe('isHollowValue', () => {
  it.each(['reckon', 'Gosh', 'she says', 'll do', "'ll do", 'nah', 'She', "I've", "he's 9", 'Nope', 'Hmm'])(
    '%j is hollow',
    (value) => expect(isHollowValue(value)).toBe(true),
  );
  // guards: a word of content of any class, capitalised or not, keeps the value
  it.each([
    'pop',
    'rock',
    'jazz',
    'comedy',
    'Non-fiction',
    'italian',
    'vw polo',
    'beagle',
    'Skoda Octavia estate',
    'S class',
    '4',
    '123 Main St',
    'kid friendly',
    'old English sheepdog',
    'the one',
    'he needs his eye drops',
    'she takes insulin',
  ])('%j is not', (value) => expect(isHollowValue(value)).toBe(false));
  it('reads only strings', () => expect(isHollowValue(4)).toBe(false));
});

describe('isHollowFor', () => {
  const breed = field('breed', 'text');
  const movie = field('movie_title', 'text');
  it.each<[string, ReturnType<typeof field>, boolean]>([
    ['She', breed, true],
    ['Her', movie, false],
    ['This Is Us', breed, false],
    ['Me Before You', breed, false],
    ['she says', breed, true],
  ])('%j for %o', (value, f, want) => expect(isHollowFor(value, f)).toBe(want));
});
