import { describe, expect, it } from 'vitest';
import { findDate } from './dates.js';

const ref = new Date(2026, 11, 6, 12); // Sunday 6 December 2026

describe('a year taken back right after a full date', () => {
  it.each([
    ['3rd May 1985 - sorry, 1986, typing too fast', '1986-05-03'],
    ['born 12 August 1972, no wait, 1973', '1973-08-12'],
    ['July 4 2001... I mean 2002', '2002-07-04'],
    ['14/02/1979 oops 1997', '1997-02-14'],
  ])('%s → %s', (u, v) => expect(findDate(u, ref, 'GB')?.date).toBe(v));
  it.each([
    ['3 May 1985, 1986 was when we moved', '1985-05-03'],
    ['29 February 2024, sorry, 2023', '2024-02-29'],
    ['the 3rd of May, sorry, 2027 I mean', '2027-05-03'],
  ])('unchanged: %s → %s', (u, v) => expect(findDate(u, ref, 'GB')?.date).toBe(v));
  it('a whole date said after the correcting word replaces the first', () =>
    expect(findDate('12 March 2027, no, 2028-01-05 actually', ref, 'GB')?.date).toBe('2028-01-05'));
});
