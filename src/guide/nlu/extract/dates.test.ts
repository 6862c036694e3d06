import { describe, expect, it } from 'vitest';
import { findDate, findDateTime, findDateTimes, findTime, preprocessTimes, writesDayFirst } from './dates.js';
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

describe('a weekday said before its date', () => {
  it.each([
    ['Sunday the 20th of June 2027, 12:30', '2027-06-20'],
    ['Tue, 9 March', '2019-03-09'],
    ['Saturday 12 June 2027', '2027-06-12'],
  ])('%s → %s', (u, v) => expect(findDate(u, ref)?.date).toBe(v));
  it('a weekday alone is the coming one', () => expect(findDate('Sunday', ref)?.date).toBe('2019-03-03'));
});

describe('British and rough hours', () => {
  it.each([
    ['half seven in the morning', '07:30'],
    ['half eight', '08:30'],
    ['half 9', '09:30'],
    ['9 ish', '09:00'],
    ['around 4ish', '16:00'],
  ])('%s → %s', (u, v) => expect(findTime(u, ref)?.time).toBe(v));
  it.each(['half a day', 'half an hour'])('"%s" is no hour', (u) => expect(preprocessTimes(u)).toBe(u));
});

describe('days behind and "now"', () => {
  it.each([
    ['my card was approved yesterday', true],
    ['did you see the match last night?', true],
    ['two weeks ago', true],
    ['next Tuesday', false],
  ])('%s: behind %s', (u, behind) => expect(Boolean(findDate(u, ref)?.pastRelative)).toBe(behind));
  it.each([
    ['now it looks right', true],
    ['tomorrow', false],
  ])('%s: only "now" %s', (u, now) => expect(Boolean(findDate(u, ref)?.deictic)).toBe(now));
});

describe('numeric dates in the order the region writes them', () => {
  it.each([
    ['GB', true],
    ['IE', true],
    ['AU', true],
    ['NZ', true],
    ['IN', true],
    ['DE', true],
    ['US', false],
    ['CA', false],
    ['PH', false],
    [undefined, false],
    ['not a region', false],
  ])('%s writes the day first: %s', (region, first) => expect(writesDayFirst(region)).toBe(first));

  it.each([
    ['born 14/03/1988', 'IE', '1988-03-14'],
    ['born 14/03/1988', 'US', '1988-03-14'],
    ['03/04/2027 please', 'GB', '2027-04-03'],
    ['03/04/2027 please', 'US', '2027-03-04'],
    ['on 5.6.2027', 'AU', '2027-06-05'],
    ['15/03/2027', 'NZ', '2027-03-15'],
    ['12 March 2027', 'US', '2027-03-12'],
    ['March 12 2027', 'GB', '2027-03-12'],
    ['2027-04-03', 'GB', '2027-04-03'],
    ['2027-04-03', 'US', '2027-04-03'],
  ])('%s in %s → %s', (u, region, v) => expect(findDate(u, ref, region)?.date).toBe(v));

  it('times read the same in every region', () => {
    expect(findTime('at half seven', ref, 'IE')?.time).toBe(findTime('at half seven', ref, 'US')?.time);
    expect(findDateTime('3/4/2027 at 10am', ref, 'GB')?.value).toBe('2027-04-03T10:00');
  });
});

describe('lengths of time are no times of day', () => {
  it.each([
    'the 2 hour hands-on one',
    'a normal 30 min talk',
    'the half hour one',
    'a 45-minute deep dive',
    'for 3 hrs',
  ])('%s', (u) => expect(findTime(u, ref)).toBeNull());
  it('"in 30 minutes" is still a time', () => expect(findTime('in 30 minutes', ref)?.time).toBe('12:30'));
});

describe('a day said after a full date belongs to its month', () => {
  it.each([
    ['Thursday 14 January 2027, no sorry, Friday the 15th, at 8am', '2027-01-15'],
    ['March 3rd 2027, or actually the 5th', '2027-03-05'],
  ])('%s → %s', (u, v) => expect(findDateTimes(u, ref).at(-1)?.date).toBe(v));
  it('without a full date before, the day is the coming one', () =>
    expect(findDate('the 15th', ref)?.date).toBe('2019-03-15'));
});

describe('a part of a turn read with the words said before it', () => {
  it('a corrected day takes the month said before the correction', () =>
    expect(findDate('Friday the 15th, at 8am', ref, 'US', 'Thursday 14 January 2027, no sorry,')?.date).toBe(
      '2027-01-15',
    ));
  it('mentions of the lead itself are not returned', () =>
    expect(
      findDateTimes('at 8am', ref, 'US', 'Thursday 14 January 2027, no sorry,').map((m) => m.span),
    ).toEqual(['at 8am']));
});

describe('a rough length, or one before or after an event, is no day', () => {
  it.each([
    'been going on for about a week',
    'for nearly two weeks',
    'sore for over three days',
    'noted, 24 hours before',
    'cancel up to two days before, got it',
    'a week after',
  ])('%s', (u) => expect(findDate(u, ref)).toBeNull());
  it('"in about a week" is still a day', () =>
    expect(findDate('in about a week', ref)?.date).toBe('2019-03-08'));
});

describe('a rate or a length said with "a", "a couple of" or "half" is no day', () => {
  it.each([
    'tuesdays and thursdays, a couple of hours a week',
    'a couple hours per week',
    'a few hours a week',
    "half day's plenty, 4 hours",
    'between two and a half and three and a half grand',
    'several hours',
  ])('%s', (u) => expect(findDateTimes(u, ref)).toEqual([]));
  it.each([
    ['in a couple of days', '2019-03-03'],
    ['a few days from now', '2019-03-04'],
  ])('guard — %s is still %s', (u, v) => expect(findDate(u, ref)?.date).toBe(v));
  it('guard — "in half an hour" is still a time', () =>
    expect(findTime('in half an hour', ref)?.time).toBe('12:30'));
});

describe('a day of a month said without its ordinal ending', () => {
  it.each([
    ['the 22 of next month at 19h', '2019-04-22'],
    ['the 5 of this month', '2019-03-05'],
  ])('%s → %s', (u, v) => expect(findDate(u, ref)?.date).toBe(v));
  it.each(['22 of them', 'we are 22 of the family'])('guard — %s is no day', (u) =>
    expect(findDate(u, ref)).toBeNull(),
  );
});
