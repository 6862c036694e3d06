import { describe, expect, it } from 'vitest';
import { findDateTimes } from './dates.js';

const ref = new Date(2026, 11, 6, 12); // Sunday 6 December 2026
const lastDate = (u: string) =>
  findDateTimes(u, ref)
    .filter((m) => m.hasDate)
    .at(-1)?.date;

describe('a day without its month takes a month named alone before it', () => {
  it.each([
    ['first week of February. let us say the 2nd', '2027-02-02'],
    ['sometime in March, probably the 10th', '2027-03-10'],
    ['April would suit; maybe the 21st?', '2027-04-21'],
    ['next month, around the 3rd', '2027-01-03'],
  ])('%s → %s', (u, v) => expect(lastDate(u)).toBe(v));
  it.each([
    ['the 20th', '2026-12-20'],
    ['on the 2nd', '2027-01-02'],
  ])('without a month named, %s is the coming one', (u, v) => expect(lastDate(u)).toBe(v));
});

describe('a day said with its weekday falls on that weekday', () => {
  it.each([
    ['Saturday the 19th', '2026-12-19'],
    ['how about Tuesday the 2nd', '2027-02-02'],
    ['friday the 15th?', '2027-01-15'],
    ['Wed the 31st', '2027-03-31'],
  ])('%s → %s', (u, v) => expect(lastDate(u)).toBe(v));
  it('a month said wins over the weekday', () => expect(lastDate('Monday 15 December')).toBe('2026-12-15'));
});

describe('a day said with its weekday, day and month falls on that weekday in the nearest year', () => {
  it.each([
    // 29 November 2026 is a Sunday, 2027's a Monday
    ['it started sunday 29 november', '2026-11-29'],
    ['since Thursday 3 December', '2026-12-03'],
    ['Friday 1 January', '2027-01-01'],
    ['Tuesday 30 November', '2027-11-30'],
    // guards: the weekday already fits; a year said is kept; no near year fits
    ['Monday 15 December', '2026-12-15'],
    ['Thursday 14 January 2027', '2027-01-14'],
  ])('%s → %s', (u, v) => expect(lastDate(u)).toBe(v));
});
