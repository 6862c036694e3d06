import { describe, expect, it } from 'vitest';
import { findDate, findDateTimes, findTime } from './dates.js';
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
