import { describe, expect, it } from 'vitest';
import { findDate } from './dates.js';
import { keepSaidDay } from './day-month-comma.js';

const ref = new Date(2026, 11, 6, 12); // Sunday 6 December 2026

describe('a day and month followed by a comma and an ordinal word', () => {
  it.each([
    ["Monday 14th December, first thing, 8 o'clock", '2026-12-14'],
    ['the 3rd of March, second slot if you have it', '2027-03-03'],
    ['22 Jan 2027, first appointment please', '2027-01-22'],
  ])('%s → %s', (u, v) => expect(findDate(u, ref)?.date).toBe(v));
  it('a month and an ordinal word alone stay one date', () =>
    expect(findDate('December, first', ref)?.date).toBe('2027-12-01'));
  it.each(['14 December, please', 'December, first thing', 'the 14th, first thing'])('%s is unchanged', (u) =>
    expect(keepSaidDay(u)).toBe(u),
  );
});
