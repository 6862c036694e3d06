import { describe, expect, it } from 'vitest';
import { spokenYearsToDigits } from './spoken-years.js';
import { findDate } from './dates.js';
import { ctx } from './test-helpers.js';

describe('years said in words', () => {
  it.each([
    ['nineteenth of March, nineteen fifty-two', '1952-03-19'],
    ['May 3rd nineteen ninety', '1990-05-03'],
    ['the 2nd of June two thousand and five', '2005-06-02'],
    ['June 2nd, two thousand', '2000-06-02'],
    ['December 3, nineteen oh five', '1905-12-03'],
    ['April 1 twenty twenty-one', '2021-04-01'],
  ])('%s → %s', (u, v) => expect(findDate(u, ctx.referenceDate)?.date).toBe(v));

  it.each(['two thousand dollars a month', 'nineteen fifty people came', 'we need twenty twenty-pound bags'])(
    'leaves numbers outside a date alone: %s',
    (u) => expect(spokenYearsToDigits(u)).toBe(u),
  );

  it('reads a year after a year cue', () =>
    expect(spokenYearsToDigits('born in nineteen ninety')).toBe('born in 1990'));
});
