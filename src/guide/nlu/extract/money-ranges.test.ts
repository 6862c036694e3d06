import { describe, expect, it } from 'vitest';
import { matchRangeOption } from './money.js';
import { findNumberMentions } from './numbers.js';

const salary = [
  ['under-40k', 'Under $40,000'],
  ['40k-60k', '$40,000–$60,000'],
  ['60k-80k', '$60,000–$80,000'],
  ['80k-100k', '$80,000–$100,000'],
  ['over-100k', '$100,000+'],
].map(([value, label]) => ({ value: value!, label: label!, synonyms: [] }));

describe('a range said by the person picks the option that holds it', () => {
  it.each<[string, string]>([
    ['ninety to a hundred thousand', '80k-100k'],
    ['80 to 90k', '80k-100k'],
    ['eighty-five, ninety thousand-ish', '80k-100k'],
    ['somewhere around 75 thousand', '60k-80k'],
    ['fifty to sixty thousand', '40k-60k'],
    ['40-60k', '40k-60k'],
    ['between 60 and 80k', '60k-80k'],
  ])('%s → %s', (utterance, expected) => {
    expect(matchRangeOption(utterance, salary)?.option.value).toBe(expected);
  });
});

describe('number words split at a comma', () => {
  it.each<[string, number[]]>([
    ['eighty-five, ninety thousand-ish', [85, 90000]],
    ['seven years. no wait, six', [7, 6]],
    ['two thousand and five', [2005]],
  ])('%s → %j', (utterance, expected) => {
    expect(findNumberMentions(utterance).map((n) => n.value)).toEqual(expected);
  });
});

describe('thousands grouped with spaces', () => {
  it.each<[string, number[]]>([
    ['contents is maybe 60 000 pounds', [60000]],
    ['around 45 000', [45000]],
    ['1 250 000 all in', [1250000]],
    // must not change: phone digit groups, lists of small numbers, a year after a number
    ['0412 558 903', [412, 558, 903]],
    ['07700 900 145', [7700, 900, 145]],
    ['3 bedrooms, 2 bathrooms', [3, 2]],
    ['flats 12 and 14', [12, 14]],
  ])('%s → %j', (utterance, expected) => {
    expect(findNumberMentions(utterance).map((n) => n.value)).toEqual(expected);
  });
});
