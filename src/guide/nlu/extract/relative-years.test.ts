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
