import { describe, expect, it } from 'vitest';
import { formatFieldValue } from './index.js';
import { parseNumber } from './numeric.js';
import { accepted, check, makeField, refused } from './testing.js';

describe('number', () => {
  const field = makeField('number');

  it.each([
    [42, 42],
    [-3.5, -3.5],
    ['42', 42],
    [' 30,000 ', 30000],
    ['1,234,567.89', 1234567.89],
    ['-0.5', -0.5],
    ['.5', 0.5],
    ['+7', 7],
    ['1e3', 1000],
    [0, 0],
  ])('accepts %j', (raw, expected) => {
    expect(check(field, raw)).toEqual(accepted(expected));
  });

  it.each([
    ['', 'is empty'],
    [null, 'is empty'],
    [Number.NaN, 'must be a number'],
    [Number.POSITIVE_INFINITY, 'must be a number'],
    ['abc', 'must be a number'],
    ['1,5', 'must be a number'],
    ['12,34,567', 'must be a number'],
    ['$100', 'must be a number'],
    ['1.2.3', 'must be a number'],
    ['-', 'must be a number'],
    [true, 'must be a number'],
  ])('refuses %j', (raw, message) => {
    expect(check(field, raw)).toEqual(refused(message));
  });

  it('applies min, max and settings.integer', () => {
    const f = makeField('number', { validation: { min: 18, max: 120 }, settings: { integer: true } });
    expect(check(f, '30')).toEqual(accepted(30));
    expect(check(f, 17)).toEqual(refused('must be 18 to 120'));
    expect(check(f, 30.5)).toEqual(refused('must be a whole number'));
    expect(check(makeField('number', { validation: { min: 0 } }), -1)).toEqual(refused('must be at least 0'));
  });

  it('formats with grouped digits', () => {
    expect(formatFieldValue(field, 30000)).toBe('30,000');
    expect(formatFieldValue(field, 1234.5)).toBe('1,234.5');
  });

  it('parseNumber leaves non-numbers undefined', () => {
    expect(parseNumber('')).toBeUndefined();
    expect(parseNumber({})).toBeUndefined();
  });
});
