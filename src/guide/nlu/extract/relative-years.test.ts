import { describe, expect, it } from 'vitest';
import { withRelativeYears } from './relative-years.js';
import { findDateTimes } from './dates.js';
import { ctx } from './test-helpers.js';

const ref = ctx.referenceDate; // Friday 2019-03-01

describe('a relative year said after a month', () => {
  it.each([
    ["it's the first of May next year, 1pm", "it's the first of May 2020, 1pm"],
    ['june 14th this year', 'june 14th 2019'],
    ['in March of next year', 'in March 2020'],
    ['Sept. 3, last year', 'Sept. 3 2018'],
  ])('%s → %s', (u, v) => expect(withRelativeYears(u, ref)).toBe(v));

  it.each(['next year', 'we might go next year', 'a year from now', 'May I ask', 'the 3rd'])(
    'guard — %s stays',
    (u) => expect(withRelativeYears(u, ref)).toBe(u),
  );

  it('the day and the time said after it are read apart', () =>
    expect(findDateTimes("it's the first of May next year, 1pm", ref).map((m) => [m.date, m.time])).toEqual([
      ['2020-05-01', '13:00'],
    ]));
});

describe('a relative word said before a month', () => {
  // ref is Friday 2019-03-01
  it.each([
    ['the 12th of next June', '2019-06-12'],
    ['12th of next june, starting at 7pm', '2019-06-12'],
    ['next June the 12th', '2019-06-12'],
    ['the 3rd of next March', '2020-03-03'],
    ['next Feb 3rd', '2020-02-03'],
    ['last october the 5th', '2018-10-05'],
    ['the 14th of this May', '2019-05-14'],
    ['on the 4th of next May', '2019-05-04'],
  ])('%s → %s', (u, day) => expect(findDateTimes(u, ref)[0]?.date).toBe(day));

  it.each([
    'this may take a while',
    'next week works',
    'the next march is in town',
    'last time we met',
    'a last march before the holidays',
  ])('guard — %s keeps its words', (u) => expect(withRelativeYears(u, ref)).toBe(u));

  it('a day of next month stays a day of next month', () =>
    expect(findDateTimes('the 5th of next month', ref)[0]?.date).toBe('2019-04-05'));
});
