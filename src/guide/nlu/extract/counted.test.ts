import { describe, expect, it } from 'vitest';
import { countedField, isCountField } from './counted.js';
import { findNumberMentions } from './numbers.js';
import { field } from './test-helpers.js';

const numbers = (n: number): Array<[string, string]> =>
  Array.from({ length: n }, (_, i) => [String(i + 1), String(i + 1)]);
const fields = [
  field('rooms', 'single_select', { opts: numbers(5) }),
  field('stars', 'single_select', { label: 'Star rating', opts: numbers(5) }),
  field('guests', 'number'),
  field('nights', 'text', { description: 'How many nights the stay lasts' }),
  field('luggage', 'text', { label: 'Checked bags', description: 'How many bags' }),
  field('hotel', 'text'),
  field('cargo_weight', 'number', { label: 'Cargo weight (lbs)' }),
  field('age', 'number', { label: 'Age (years)' }),
];

function counted(utterance: string): string | null {
  const n = findNumberMentions(utterance)[0]!;
  return countedField(utterance, n, fields.filter(isCountField), true)?.field.name ?? null;
}

describe('countedField', () => {
  it.each([
    ['we need 2 hotel rooms please', 'rooms'],
    ['a 4 star place would be great', 'stars'],
    ['there will be 6 of us, six guests in total', 'guests'],
    ['staying 3 nights', 'nights'],
    ['two checked bags each', 'luggage'],
    ['a party of 5 at noon', 'guests'],
    ['a table for 3, at The Cask', 'guests'],
    ['the second of 3 options', null],
    ['one way ticket', null],
    ['at 7 tomorrow', null],
    ['the big one is 40 pounds', 'cargo_weight'],
    ['about 23 lb', 'cargo_weight'],
    ["she's a 3yo husky", 'age'],
    ['our 7 yo tabby', 'age'],
    ['he is 5 yrs old', 'age'],
    // a noun past a comma is not the number's; right after it, it is (guard)
    ['Flat 7, Riverside Guests House', null],
    ['7 guests, Riverside House', 'guests'],
  ])('%s → %s', (utterance, expected) => expect(counted(utterance)).toBe(expected));

  it.each([
    ['2 bed 1 bath', 0, 'bedrooms'],
    ['2 bed 1 bath', 1, 'bathrooms'],
    ['a three bdrm place with 2 bthrms', 0, 'bedrooms'],
    ['a three bdrm place with 2 bthrms', 1, 'bathrooms'],
    ['4 beds', 0, 'bedrooms'],
    ['2 btw', 0, null],
    // a postcode before a count said in words counts nothing; the words count their own noun
    ["it's a house in Williamstown 3016, three bedrooms", 0, null],
    ["it's a house in Williamstown 3016, three bedrooms", 1, 'bedrooms'],
    ['Parramatta 2150, four bedroom house', 0, null],
    // guard: the noun right after the number still counts it
    ['3 bedrooms, two bathrooms', 0, 'bedrooms'],
    ['3 bedrooms, two bathrooms', 1, 'bathrooms'],
  ] as const)(
    '%s (number %d) → %s: a clipped or vowel-less noun names its field',
    (utterance, i, expected) => {
      const home = [
        field('bedrooms', 'number', { extraction_hints: ['a 3x2 is 3 bedrooms and 2 bathrooms'] }),
        field('bathrooms', 'number'),
      ];
      const n = findNumberMentions(utterance)[i]!;
      expect(countedField(utterance, n, home)?.field.name ?? null).toBe(expected);
    },
  );

  it('count fields are numbers, numeric options and count text fields', () =>
    expect(fields.filter(isCountField).map((f) => f.name)).toEqual([
      'rooms',
      'stars',
      'guests',
      'nights',
      'luggage',
      'cargo_weight',
      'age',
    ]));
});
