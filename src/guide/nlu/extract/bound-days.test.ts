import { describe, expect, it } from 'vitest';
import { ctx, field } from './test-helpers.js';
import { findDateTimes } from './dates.js';
import { extractForField } from './for-field.js';
import { extractAll } from './all.js';

/** Days said as a bound ("right after New Year's, January 4th") and ordinals that number a street. */
const start = field('start_date', 'date', { label: 'Earliest start date' });
const ref = ctx.referenceDate;

describe('a day said as a bound gives way to the exact day beside it', () => {
  it.each([
    ["I can start right after New Year's, January 4th", '2020-01-04'],
    ['sometime after the 10th, say March 12th', '2019-03-12'],
  ])('%s → %s', (text, date) => {
    expect(extractForField(text, start, ctx)?.value).toBe(date);
    expect(extractAll(text, [start], ctx)[0]?.value).toBe(date);
  });

  it('a bound said alone still answers the date asked, but fills nothing unasked', () => {
    expect(extractForField("right after New Year's", start, ctx)?.value).toBe('2020-01-01');
    expect(extractAll("right after New Year's", [start], ctx)).toEqual([]);
  });

  it('guards: an exact day is no bound', () => {
    expect(findDateTimes('January 4th', ref)[0]?.approximate).toBeUndefined();
    expect(findDateTimes('the day after tomorrow', ref)[0]?.approximate).toBeUndefined();
  });
});

describe('an ordinal that numbers a street or a floor is no day', () => {
  it.each([
    'saw the sign in your window on 18th street',
    'the office is on the 3rd floor',
    'we live off 5th Ave',
    'for her 10th birthday party',
  ])('%s → no date', (text) => expect(findDateTimes(text, ref).filter((m) => m.hasDate)).toEqual([]));

  it.each([
    ['the 18th works', '2019-03-18'],
    ['on the 3rd', '2019-03-03'],
  ])('guard: %s → %s', (text, date) => expect(findDateTimes(text, ref)[0]?.date).toBe(date));
});
