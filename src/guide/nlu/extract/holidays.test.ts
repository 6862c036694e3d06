import { describe, expect, it } from 'vitest';
import { findDateTimes } from './dates.js';

const ref = new Date('2026-12-04T12:00:00');
const dateOf = (utterance: string) => findDateTimes(utterance, ref)[0]?.date;

describe('holidays', () => {
  it.each([
    ['on christmas eve', '2026-12-24'],
    ["valentine's day next year", '2027-02-14'],
    ['valentines day', '2027-02-14'],
    ["new year's eve", '2026-12-31'],
    ['halloween', '2027-10-31'],
    ['halloween next year', '2027-10-31'],
  ])('%s → %s', (utterance, date) => expect(dateOf(utterance)).toBe(date));
});
