import { describe, expect, it } from 'vitest';
import { dayBehind } from './behind-days.js';

const ref = new Date(2026, 11, 7, 12); // Monday 7 December 2026

describe('dayBehind', () => {
  it.each([
    ['2027-06-04', { day: 4, weekday: 5 }, '2026-12-04'],
    ['2026-12-12', { weekday: 6 }, '2026-12-05'],
    ['2026-12-07', { weekday: 1 }, '2026-12-07'],
    ['2027-11-29', { month: 11, day: 29 }, '2026-11-29'],
    ['2026-12-10', { day: 10 }, '2026-11-10'],
    ['2027-02-29', { month: 2, day: 29 }, '2027-02-29'],
    // guards: a day behind already, no parts said
    ['2026-12-01', { day: 1 }, '2026-12-01'],
    ['2026-12-20', undefined, '2026-12-20'],
  ])('%s %j → %s', (date, parts, want) => expect(dayBehind(date, parts, ref)).toBe(want));
});
