import { describe, expect, it } from 'vitest';
import { findNumberMentions, parseNumber } from './numbers.js';
import { matchRangeOption, parseRange } from './money.js';
import { field } from './test-helpers.js';

describe('parseNumber', () => {
  it.each([
    ['thirty thousand', 30000],
    ['a couple', 2],
    ['a dozen', 12],
    ['two and a half', 2.5],
    ['5k', 5000],
    ['1.2 million', 1200000],
    ['about 3 grand', 3000],
    ['$30,000', 30000],
    ['there are two of us', 2],
    ['I have 0 checked bags', 0],
    ['half a dozen', 6],
    ['at 7:30 for 3 people', 3],
  ])('%s → %d', (u, v) => expect(parseNumber(u)?.value).toBe(v));
});

const budget = field('budget', 'single_select', {
  opts: [
    ['under-5k', 'Under $5,000'],
    ['5k-20k', '$5,000–$20,000'],
    ['20k-50k', '$20,000–$50,000'],
    ['over-50k', 'Over $50,000'],
  ],
});

describe('money ranges', () => {
  it.each([
    ['Under $5,000', -Infinity, 5000],
    ['$5,000–$20,000', 5000, 20000],
    ['over-50k', 50000, Infinity],
    ['5k-20k', 5000, 20000],
    ['between 10 and 20', 10, 20],
    ['50+', 50, Infinity],
  ])('parseRange(%s)', (t, min, max) => expect(parseRange(t)).toMatchObject({ min, max }));
  it('a plain number is not a range', () => expect(parseRange('3')).toBeNull());
  it.each([
    ['around thirty thousand dollars', '20k-50k'],
    ['about 3 grand', 'under-5k'],
    ['more than 100k', 'over-50k'],
    ['less than 5k', 'under-5k'],
    ['exactly $50,000', '20k-50k'],
    ['10 to 15 thousand', '5k-20k'],
    ['the 5 to 20 one', '5k-20k'],
    ['between 20 and 50 thousand', '20k-50k'],
    ['maybe a couple of grand', 'under-5k'],
    ['a low six-figure sum', 'over-50k'],
    ['five figures, tops', '5k-20k'],
  ])('%s → %s', (u, v) => expect(matchRangeOption(u, budget.options!)?.option.value).toBe(v));
});

describe('dates are not numbers', () => {
  it.each([
    ['March 1st 2027', []],
    ['we want to start 10 May 2027', []],
    ['on 2027-02-15 with 12 people', [12]],
    ['3 days from tomorrow', [3]],
    ['the 5 to 20 one', [5, 20, 1]],
  ])('%s → %j', (utterance, values) => {
    expect(findNumberMentions(utterance).map((m) => m.value)).toEqual(values);
  });
});

describe('amounts in words', () => {
  it.each([
    ['maybe a couple of grand', 2000],
    ['a few thousand', 3000],
    ['a couple of people', 2],
    ['just me', 1],
    ['only myself, thanks', 1],
  ])('%s → %d', (utterance, value) => {
    expect(parseNumber(utterance)?.value).toBe(value);
  });
});

describe('amounts of money by their words', () => {
  it.each([
    ['maybe a few thousand euros', 3000, true],
    ['a couple hundred bucks', 200, true],
    ['a couple thousand', 2000, false],
    ['seven figures', 1e6, true],
    ['high 6 figures', 900000, true],
    ['a mid five-figure budget', 50000, true],
  ])('%s → %d (money: %s)', (utterance, value, money) => {
    expect(parseNumber(utterance)).toMatchObject({ value, money });
  });
});

describe('"one" as a pronoun is no number', () => {
  it.each([
    ['the Mt Eden one', []],
    ['that one please', []],
    ['which one is cheaper?', []],
    ['the one in Ponsonby', []],
    ['the big one, and two of them', [2]],
    ['just the one', [1]],
    ['we have one dog', [1]],
    ['one of the kids', [1]],
  ])('%s → %j', (utterance, values) => {
    expect(findNumberMentions(utterance).map((m) => m.value)).toEqual(values);
  });
});
