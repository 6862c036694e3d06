import { describe, expect, it } from 'vitest';
import { rangeMention } from './range-mention.js';
import { matchSingleOption } from './options.js';
import { field } from './test-helpers.js';

const size = field('vehicle_size', 'single_select', {
  opts: [
    ['compact', 'Compact'],
    ['4', '4 seats'],
    ['5-7', '5-7 seats'],
    ['8plus', '8+ seats'],
  ],
});
const spend = field('spend', 'single_select', {
  opts: [
    ['low', 'Under $500'],
    ['mid', '$500–$2,000'],
    ['high', 'Over $2,000'],
  ],
});

describe('rangeMention (unasked)', () => {
  it.each<[string, typeof size, string | null]>([
    ['we need a 6 seat van', size, '5-7'],
    ['a 9-seater would be best, 9 seats', size, '8plus'],
    ['4 seats is fine', size, '4'],
    ['about 3k', size, null],
    ['7', size, null],
    ['around 1.5k', spend, 'mid'],
    ['under $400 hopefully', spend, 'low'],
    ['we are 6 people', spend, null],
  ])('%s → %s', (u, f, expected) => {
    expect(rangeMention(u, f.options!, false)?.option.value ?? null).toBe(expected);
  });
});

describe('range options asked', () => {
  it.each<[string, typeof size, string]>([
    ['6', size, '5-7'],
    ['eight', size, '8plus'],
    ['4', size, '4'],
    ['3 grand', spend, 'high'],
    ['between 600 and 900', spend, 'mid'],
    ['the second one', spend, 'mid'],
    ['the third one', size, '5-7'],
  ])('%s → %s', (u, f, expected) => {
    expect(matchSingleOption(u, f)?.option.value).toBe(expected);
  });
});

describe('money is no answer to a select of counts', () => {
  it.each<[string, string | null]>([
    ['under $1000', null],
    ['2k', null],
    ['5', '5-7'],
  ])('%s → %s', (u, expected) => {
    expect(matchSingleOption(u, size)?.option.value ?? null).toBe(expected);
  });
});
