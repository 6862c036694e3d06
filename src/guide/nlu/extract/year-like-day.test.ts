import { describe, expect, it } from 'vitest';
import { findDate } from './dates.js';

const ref = new Date('2026-12-07T10:00:00');

describe('a month and a number of a day’s size is that day, read day first too', () => {
  it.each([
    ['the week of January 11', '2027-01-11'],
    ['January 11', '2027-01-11'],
    ['Feb 3, if that works', '2027-02-03'],
    // guards: a year-sized number stays a year; the day said first is read as before
    ['11 January', '2027-01-11'],
  ])('%s → %s', (said, date) => expect(findDate(said, ref, 'GB')?.date).toBe(date));
  it('Jan 95 is no day', () => expect(findDate('Jan 95', ref, 'GB')).toBeNull());
});
