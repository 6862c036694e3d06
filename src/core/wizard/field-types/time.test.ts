import { describe, expect, it } from 'vitest';
import { formatFieldValue } from './index.js';
import { accepted, check, makeField, refused } from './testing.js';
import { prepareSpokenTime } from './when.js';

describe('time', () => {
  const field = makeField('time');

  it.each([
    ['19:30', '19:30'],
    ['7:05', '07:05'],
    ['00:00', '00:00'],
    ['19:30:45', '19:30'],
    ['7pm', '19:00'],
    ['7:30 PM', '19:30'],
    ['7.30pm', '19:30'],
    ['12am', '00:00'],
    ['noon', '12:00'],
    ['midnight', '00:00'],
    ["7 o'clock", '07:00'],
    ['half past 3 in the afternoon', '15:30'],
    ['half past three in the afternoon', '15:30'],
    ['quarter to eight pm', '19:45'],
    ['a quarter past 9 in the morning', '09:15'],
    ['seven thirty pm', '19:30'],
    ['7 in the evening', '19:00'],
    [new Date(2026, 2, 10, 8, 45), '08:45'],
  ])('accepts %j', (raw, expected) => {
    expect(check(field, raw)).toEqual(accepted(expected));
  });

  it.each([
    ['', 'is empty'],
    [undefined, 'is empty'],
    ['24:00', 'is not a valid time'],
    ['19:60', 'is not a valid time'],
    ['this evening', 'is not a valid time'],
    ['tomorrow', 'is not a valid time'],
    ['banana', 'is not a valid time'],
    [1930, 'is not a valid time'],
  ])('refuses %j', (raw, message) => {
    expect(check(field, raw)).toEqual(refused(message));
  });

  it.each([
    ['half past twelve', '12:30'],
    ['quarter to one', '12:45'],
    ['Seven forty-five in the morning', '7:45 am'],
  ])('prepareSpokenTime(%j) = %j', (text, expected) => {
    expect(prepareSpokenTime(text)).toBe(expected);
  });

  it('formats in 12-hour time', () => {
    expect(formatFieldValue(field, '19:30')).toBe('7:30 PM');
    expect(formatFieldValue(field, '00:05')).toBe('12:05 AM');
    expect(formatFieldValue(field, '12:00')).toBe('12:00 PM');
  });
});
