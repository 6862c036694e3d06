import { describe, expect, it } from 'vitest';
import { findDateTimes } from './dates.js';

const ref = new Date(2026, 11, 6, 12); // Sunday 6 December 2026
const dates = (u: string) => findDateTimes(u, ref).flatMap((m) => (m.hasDate ? [m.date] : []));
const times = (u: string) => findDateTimes(u, ref).flatMap((m) => (m.hasTime ? [m.time] : []));

describe('a day the person is away or busy is no choice when another is said', () => {
  it.each([
    ['Can we start Monday 11 January 2027? We are away over Christmas.', ['2027-01-11']],
    ["i'm busy tomorrow but Wednesday is good", ['2026-12-09']],
    ["we'll be overseas until the 20th, so the 22nd please", ['2026-12-22']],
    ['any day except Friday, Tuesday ideally', ['2026-12-08']],
    ["can't do the 14th, the 15th is fine", ['2026-12-15']],
  ])('%s → %j', (u, v) => expect(dates(u)).toEqual(v));
  it.each([
    ["I'm away over Christmas", ['2026-12-25']],
    ['Christmas Eve, and we are away after that', ['2026-12-24']],
    ['the 14th or the 15th', ['2026-12-14', '2026-12-15']],
  ])('unchanged: %s → %j', (u, v) => expect(dates(u)).toEqual(v));
});

describe('a settling cue chooses among the days weighed before it', () => {
  it.each([
    [
      'The old lease ends on the 4th and the new one starts the 20th. Let us say Tuesday 15 December',
      ['2026-12-15'],
    ],
    ['Friday could work, or Saturday; let’s go with Saturday', ['2026-12-12']],
    ['either 3 Feb or 10 Feb... shall we say 10 Feb, back on the 12th', ['2027-02-10', '2027-02-12']],
  ])('%s → %j', (u, v) => expect(dates(u)).toEqual(v));
  it('times weighed before it go too', () =>
    expect(times("9am is early, 11am might be better, let's say 10am")).toEqual(['10:00']));
  it('a day said after a time chosen stays', () =>
    expect(dates("let's say 10am, on Tuesday")).toEqual(['2026-12-08']));
});

describe('a day or time taken back or preferred in the same answer', () => {
  it.each([
    ['Thursday at ten, no actually make it half ten', ['2026-12-10'], ['10:30']],
    ['my gym class is at 6pm that day, could we make it 4pm instead?', [], ['16:00']],
    ['the 20th, sorry, the 21st', ['2026-12-21'], []],
    ['Monday at 9am... I mean Tuesday', ['2026-12-08'], ['09:00']],
    ['1pm, or rather 1:30pm', [], ['13:30']],
  ])('%s → %j %j', (u, d, t) => {
    expect(dates(u)).toEqual(d);
    expect(times(u)).toEqual(t);
  });
  it.each([
    ['no, Tuesday at 4pm is fine', ['2026-12-08'], ['16:00']],
    ['Friday at 2pm and Saturday at 11am', ['2026-12-11', '2026-12-12'], ['14:00', '11:00']],
  ])('unchanged: %s → %j %j', (u, d, t) => {
    expect(dates(u)).toEqual(d);
    expect(times(u)).toEqual(t);
  });
});
