import { describe, expect, it } from 'vitest';
import { findDate } from './dates.js';
import { nthWeekdayOf } from './nth-weekday.js';

const ref = new Date(2026, 11, 6, 12); // Sunday 6 December 2026

describe('a weekday counted within a month', () => {
  it.each([
    ['the first Monday in February', '2027-02-01'],
    ['could we do the 2nd Tuesday of March?', '2027-03-09'],
    ['third friday in jan works', '2027-01-15'],
    ['the last Friday of next month', '2027-01-29'],
    ['last sunday of december', '2026-12-27'],
    ['the first Wednesday of June 2028', '2028-06-07'],
    ['fourth Thursday in November', '2027-11-25'],
  ])('%s → %s', (u, v) => expect(findDate(u, ref)?.date).toBe(v));

  it('a month whose counted weekday is behind us is next year’s', () =>
    expect(findDate('the first Tuesday in December', ref)?.date).toBe('2027-12-07'));

  it.each([
    ['the first week of February', undefined],
    ['the first of February', '2027-02-01'],
    ['Monday', '2026-12-07'],
  ])('%s is not a counted weekday', (u, v) => expect(findDate(u, ref)?.date).toBe(v));
});

describe('nthWeekdayOf', () => {
  it.each([
    [2027, 2, 1, 1, 1],
    [2027, 2, 1, -1, 22],
    [2026, 12, 2, 5, 29],
    [2027, 2, 1, 5, null],
  ])('%i-%i weekday %i, nth %i → %s', (y, m, wd, nth, day) => expect(nthWeekdayOf(y, m, wd, nth)).toBe(day));
});
