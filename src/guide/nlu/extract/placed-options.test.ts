import { describe, expect, it } from 'vitest';
import type { Field } from '../../../core/wizard/definition.js';
import { matchMultiOptions } from './options.js';

const REF = new Date('2026-12-07T12:00:00Z');
const dates = [
  'June 21–25',
  'June 28–July 2',
  'July 6–9',
  'July 12–16',
  'July 19–23',
  'July 26–30',
  'August 2–6',
  'August 9–13',
];
const weeks: Field = {
  name: 'camp_weeks',
  label: 'Camp weeks',
  type: 'multi_select',
  required: true,
  extraction_hints: [],
  options: dates.map((d, i) => ({ value: `w${i + 1}`, label: `Week ${i + 1}: ${d}`, synonyms: [] })),
};
const toppings: Field = {
  name: 'toppings',
  label: 'Toppings',
  type: 'multi_select',
  required: true,
  extraction_hints: [],
  options: ['Cheese', 'Ham', 'Olives', 'Peppers'].map((l) => ({
    value: l.toLowerCase(),
    label: l,
    synonyms: [],
  })),
};
const read = (u: string, f: Field) => matchMultiOptions(u, f, REF)?.values ?? null;

describe('options chosen by number, place, date or description', () => {
  it.each<[string, Field, string[]]>([
    ['weeks 1-4, afternoons', weeks, ['w1', 'w2', 'w3', 'w4']],
    ['weeks 4 through 6', weeks, ['w4', 'w5', 'w6']],
    ['Weeks 3, 4 and 5 please', weeks, ['w3', 'w4', 'w5']],
    ['4 through 6', weeks, ['w4', 'w5', 'w6']],
    ['the second and third weeks', weeks, ['w2', 'w3']],
    ['week 2 and week 8', weeks, ['w2', 'w8']],
    ['the first two weeks please, full day', weeks, ['w1', 'w2']],
    ['the first two weeks and the last week', weeks, ['w1', 'w2', 'w8']],
    ['the two last weeks of the summer, in august', weeks, ['w7', 'w8']],
    ['the last couple of weeks', weeks, ['w7', 'w8']],
    ['the first week of july', weeks, ['w3']],
    ['june 28 thru july 2 and july 12-16', weeks, ['w2', 'w4']],
    ['the week of july 26', weeks, ['w6']],
    ['all of July', weeks, ['w3', 'w4', 'w5', 'w6']],
    ['in august please', weeks, ['w7', 'w8']],
    ['the short week in July with the holiday, and the week after that', weeks, ['w3', 'w4']],
    ['the first two please', toppings, ['cheese', 'ham']],
    ['the last 3', toppings, ['ham', 'olives', 'peppers']],
  ])('%s', (u, f, want) => {
    expect(read(u, f)).toEqual(want);
  });

  it.each<[string, Field]>([
    // number words are a closed class: another word is no "seventh" or "seven"
    ["he's a decent swimmer, can do a whole length of the pool", weeks],
    ['Her grandfather, Venkat Raman, may also collect her', weeks],
    // a birth date of another year is no day of the sessions
    ['born July 26, 2018', weeks],
    // a count of something else, not the options' numbers
    ['in 2 weeks', weeks],
    ['my first two kids', toppings],
    // "last week" without "the" is a time
    ['I called last week', toppings],
  ])('no option: %s', (u, f) => {
    expect(read(u, f)).toBeNull();
  });

  it('a month in a day said by its ordinal is no month: "the fourth of july week" is not all of July', () => {
    const f = {
      ...weeks,
      options: weeks.options!.map((o, i) => (i === 2 ? { ...o, synonyms: ['fourth of july week'] } : o)),
    };
    expect(read('the fourth of july week', f)).toEqual(['w3']);
  });
});
