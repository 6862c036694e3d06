import { describe, expect, it } from 'vitest';
import { findDate, findDateTimes, findTime } from './dates.js';
import { takesSaidMonth } from './date-context.js';
import { ctx } from './test-helpers.js';

const ref = ctx.referenceDate; // Friday 2019-03-01

describe('a day said as behind us', () => {
  it.each([
    ["it's been throbbing since Saturday", true],
    ['sore ever since last Monday', true],
    ['swollen since Tuesday, can you help?', true],
    ["it's been hurting over the weekend", true],
    ['the filling has cracked on Sunday', true],
    ['can you come over the weekend', false],
    ['Saturday works', false],
    ['I was hoping for Saturday', false],
    ['since you asked, Tuesday is best', false],
  ])('%s: behind %s', (u, behind) => expect(Boolean(findDate(u, ref)?.pastRelative)).toBe(behind));
});

describe('"today" in a remark is the moment of speaking', () => {
  it.each([
    ["isn't it awful weather today", true],
    ['so tired today, sorry', true],
    ['can you fit me in today', false],
    ['I need the car today. Is there anything available?', false],
    ['what a day today', true],
    ['for today please', false],
    ['today at 3pm', false],
    ['tomorrow', false],
  ])('%s: deictic %s', (u, now) => expect(Boolean(findDate(u, ref)?.deictic)).toBe(now));
});

describe('a loose weekday gives way to the full date said with it', () => {
  it.each([
    ['any Monday morning, say Monday 1 March 2027 at 10', '2027-03-01'],
    ['a Friday, like Friday 12 March 2027', '2027-03-12'],
    ['Tuesdays are best, Tuesday the 9th of March 2027', '2027-03-09'],
  ])('%s → %s', (u, v) => expect(findDate(u, ref)?.date).toBe(v));
  it('a weekday with a date of another weekday stays', () =>
    expect(findDateTimes('Monday, or else 5 March 2027', ref).filter((m) => m.hasDate)).toHaveLength(2));
});

describe('hour words after "half past" and "quarter to"', () => {
  it.each([
    ['The cleaners should arrive at half past nine.', '09:30'],
    ['quarter to ten', '09:45'],
    ['a quarter past eleven', '11:15'],
    ['half past two in the afternoon', '14:30'],
  ])('%s → %s', (u, v) => expect(findTime(u, ref)?.time).toBe(v));
  it('a range of counts is no hour', () => expect(findTime('two to three people', ref)).toBeNull());
});

describe('a day said alone after a full date in the same words', () => {
  it.each([
    // the full date lies behind "today" (Friday 2019-03-01): the day is the coming one
    ['we met at the expo on 3 May 2018, and we would like to start on the 14th', '2019-03-14'],
    ['our last order came 20 December 2018 — this time the 2nd please', '2019-03-02'],
    ['married on 10 June 2009; the party is on the 22nd', '2019-03-22'],
    // a date ahead lends its month
    ['Tuesday 14 May 2019, or else Thursday the 16th', '2019-05-16'],
    // a correcting word keeps the month of the date it corrects, even behind us
    ['born 13 March 1988, no sorry, the 14th', '1988-03-14'],
    ['3 May 2018, I mean the 5th', '2018-05-05'],
  ])('%s → %s', (u, date) => expect(findDateTimes(u, ref).at(-1)?.date).toBe(date));
});

describe('takesSaidMonth', () => {
  const day = (iso: string) => new Date(`${iso}T12:00:00`);
  it.each([
    ['2019-05-14', ', or else', true],
    ['2019-03-01', ' and', true],
    ['2018-05-03', ', and we would like to start on', false],
    ['2018-05-03', ', no wait,', true],
    ['1988-03-13', ' — sorry, make that', true],
    ['2018-12-20', ' so this time', false],
  ])('%s then "%s" → %s', (said, between, takes) =>
    expect(takesSaidMonth(day(said), ref, between)).toBe(takes),
  );
});

describe('words that name no day', () => {
  it.each([
    'make it weekday mornings and afternoons',
    'weekday afternoons and evenings, I have uni in the mornings',
    "no, I'll skip the extras for now",
    'I told you just now',
    'probably 1960s? let me check',
    'like 12hrs a week',
    '2 hours per day',
  ])('%s → no day', (u) => expect(findDateTimes(u, ref).filter((m) => m.hasDate)).toEqual([]));
  // must not change: days said, and "now" said as the day (deictic, for a date asked)
  it.each([
    ['in 5 days', '2019-03-06'],
    ['next Monday', '2019-03-04'],
    ['this weekend', '2019-03-02'],
    ['from the 4th of January', '2020-01-04'],
    ['can start 1 March 2027, weekday mornings', '2027-03-01'],
    ['start now', '2019-03-01'],
    // a stretch said with the day that names it: the day
    ['the week of March 11th', '2019-03-11'],
    ['the weekend of the 9th', '2019-03-09'],
  ])('%s → %s', (u, day) => expect(findDate(u, ref)?.date).toBe(day));
});
