import { describe, expect, it } from 'vitest';
import { declaredValues } from './declared-values.js';
import { numberAnswer } from './number-answer.js';
import { field } from './test-helpers.js';

const bedrooms = field('bedrooms', 'number', {
  label: 'Number of bedrooms',
  description: 'Bedrooms in the home; a studio or bachelor apartment counts as 0',
  extraction_hints: ["a whole number, e.g. 2 or 'a three-bedroom'", 'studio or bachelor = 0'],
});
const eggs = field('eggs', 'number', { extraction_hints: ['a dozen = 12', 'half a dozen = 6'] });

describe('values the author declares in hints and descriptions', () => {
  it('reads "X or Y = N" and "X counts as N"', () =>
    expect(declaredValues(bedrooms)).toEqual([
      { phrases: ['studio', 'bachelor'], value: 0 },
      { phrases: ['studio', 'bachelor apartment'], value: 0 },
    ]));
  it('reads nothing from hints that only give examples', () =>
    expect(declaredValues(field('n', 'number', { extraction_hints: ['e.g. 5 or about a dozen'] }))).toEqual(
      [],
    ));

  it.each([
    ['its a bachelor and i have a bunny', bedrooms, 0],
    ['just a studio', bedrooms, 0],
    ['a bachelor apartment downtown', bedrooms, 0],
    ['half a dozen please', eggs, 6],
    ['3 bedrooms, not a studio', bedrooms, 3],
  ])('%s → %s', (u, f, v) => expect(numberAnswer(u, f)?.value).toBe(v));

  it('a word nobody declared gives nothing', () => expect(numberAnswer('a big house', bedrooms)).toBeNull());
});
