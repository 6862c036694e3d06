import { describe, expect, it } from 'vitest';
import { findDate, findDateTime, findTime } from './dates.js';
import { ctx } from './test-helpers.js';

const ref = ctx.referenceDate; // Friday 2019-03-01

describe('dates', () => {
  it.each([
    ['next Friday', '2019-03-08'],
    ['March 3rd', '2019-03-03'],
    ['in two weeks', '2019-03-15'],
    ['tomorrow', '2019-03-02'],
    ['Wednesday next week', '2019-03-06'],
    ['on the 12th', '2019-03-12'],
    ['13th of this month', '2019-03-13'],
    ['Leaving the 11th of March.', '2019-03-11'],
    ['the day after tomorrow', '2019-03-03'],
    ['today', '2019-03-01'],
  ])('%s → %s', (u, v) => expect(findDate(u, ref)?.date).toBe(v));
  it('a time alone is not a date', () => expect(findDate('at 7 pm', ref)).toBeNull());
});

describe('times', () => {
  it.each([
    ['half past 3 in the afternoon', '15:30'],
    ['7 pm', '19:00'],
    ['noon', '12:00'],
    ['morning 11:15', '11:15'],
    ['7 in the evening', '19:00'],
    ['at seven thirty pm', '19:30'],
    ['quarter to 5 pm', '16:45'],
    ['18:15', '18:15'],
    ['for 3 people at 6', '18:00'],
  ])('%s → %s', (u, v) => expect(findTime(u, ref)?.time).toBe(v));
  it('a guessed meridiem is flagged', () => expect(findTime('at 6', ref)?.guessedMeridiem).toBe(true));
});

describe('datetimes', () => {
  it.each([
    ['tomorrow at 7pm', '2019-03-02T19:00'],
    ['next Friday, around half past 3 in the afternoon', '2019-03-08T15:30'],
  ])('%s → %s', (u, v) => expect(findDateTime(u, ref)?.value).toBe(v));
  it('needs both parts', () => expect(findDateTime('next Friday', ref)).toBeNull());
});
