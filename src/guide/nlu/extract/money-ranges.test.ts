import { describe, expect, it } from 'vitest';
import { extremeRangeOption, matchRangeOption } from './money.js';
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

/** A budget in pounds whose ranges share their ends ("£2,500 – £3,500", "£3,500 – £5,000"). */
const budget = [
  ['under-1500', 'Under £1,500'],
  ['1500-2500', '£1,500 – £2,500'],
  ['2500-3500', '£2,500 – £3,500'],
  ['3500-5000', '£3,500 – £5,000'],
  ['over-5000', 'Over £5,000'],
].map(([value, label]) => ({ value: value!, label: label!, synonyms: [] }));

describe('a bound said with the amount: maximum, minimum, tops', () => {
  it.each<[string, string]>([
    ['maximum 5000 pounds', '3500-5000'],
    ['our budget is max £5,000', '3500-5000'],
    ['5k max', '3500-5000'],
    ['5000 tops', '3500-5000'],
    ['minimum 5000', 'over-5000'],
    ['2500 minimum', '2500-3500'],
    ['about eighteen hundred quid', '1500-2500'],
    ['between two and a half and three and a half grand', '2500-3500'],
    // guards: an amount without a bound is read as said
    ['5000 pounds', '3500-5000'],
    ['more than five thousand pounds', 'over-5000'],
  ])('%s → %s', (utterance, expected) => {
    expect(matchRangeOption(utterance, budget)?.option.value).toBe(expected);
  });
});

describe('an end word with an amount is a bound, not the end of the scale', () => {
  it.each<[string, string | null]>([
    ['maximum 5000 pounds', null],
    ['5k max', null],
    ['minimum of £2,000', null],
    // guards: the end word alone names the end of the scale
    ['the maximum please', 'over-5000'],
    ['the top one', 'over-5000'],
    ['lowest band', 'under-1500'],
  ])('%s → %s', (utterance, expected) => {
    expect(extremeRangeOption(utterance, budget)?.option.value ?? null).toBe(expected);
  });
});
