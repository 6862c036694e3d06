import { describe, expect, it } from 'vitest';
import { formatFieldValue } from './index.js';
import { accepted, check, makeField, refused } from './testing.js';

// The reference date is Tuesday 10 March 2026, noon (see testing.ts).
describe('datetime', () => {
  const field = makeField('datetime');

  it.each([
    ['2026-03-14T19:30', '2026-03-14T19:30'],
    ['2026-03-14 19:30:59', '2026-03-14T19:30'],
    ['2026-03-14T19:30:00.000Z', '2026-03-14T19:30'],
    ['2026-03-14T19:30:00-08:00', '2026-03-14T19:30'],
    [new Date(2026, 2, 14, 9, 5), '2026-03-14T09:05'],
    ['tomorrow at 5pm', '2026-03-11T17:00'],
    ['next Friday at half past 3 in the afternoon', '2026-03-20T15:30'],
    ['Mar 3 at 7:15pm', '2026-03-03T19:15'],
    ['7pm', '2026-03-10T19:00'],
  ])('accepts %j', (raw, expected) => {
    expect(check(field, raw)).toEqual(accepted(expected));
  });

  it.each([
    ['', 'is empty'],
    [null, 'is empty'],
    ['2026-02-30T10:00', 'is not a valid date and time'],
    ['2026-03-14T25:00', 'is not a valid date and time'],
    ['2026-03-14', 'needs a time of day'],
    ['next Friday', 'needs a time of day'],
    ['banana', 'is not a valid date and time'],
    [new Date('nope'), 'is not a valid date and time'],
    [1773165600000, 'is not a valid date and time'],
  ])('refuses %j', (raw, message) => {
    expect(check(field, raw)).toEqual(refused(message));
  });

  it('formats as day and 12-hour time', () => {
    expect(formatFieldValue(field, '2026-03-14T19:30')).toBe('14 March 2026, 7:30 PM');
  });
});
