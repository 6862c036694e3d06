import { describe, expect, it } from 'vitest';
import { formatFieldValue } from './index.js';
import { accepted, check, makeField, refused } from './testing.js';

describe('rating', () => {
  const field = makeField('rating');

  it.each([
    [1, 1],
    [5, 5],
    ['4', 4],
    [' 3 ', 3],
    ['4 stars', 4],
    ['1 star', 1],
    ['4/5', 4],
    ['4 out of 5', 4],
  ])('accepts %j on the default 1–5 scale', (raw, expected) => {
    expect(check(field, raw)).toEqual(accepted(expected));
  });

  it.each([
    ['', 'is empty'],
    [null, 'is empty'],
    [0, 'must be 1 to 5'],
    [6, 'must be 1 to 5'],
    ['8/10', 'must be 1 to 5'],
    [3.5, 'must be a whole number'],
    ['great', 'must be a number'],
    [true, 'must be a number'],
  ])('refuses %j', (raw, message) => {
    expect(check(field, raw)).toEqual(refused(message));
  });

  it('uses settings.max and narrows with validation.min', () => {
    const ten = makeField('rating', { settings: { max: 10 }, validation: { min: 3 } });
    expect(check(ten, '8/10')).toEqual(accepted(8));
    expect(check(ten, 11)).toEqual(refused('must be 1 to 10'));
    expect(check(ten, 2)).toEqual(refused('must be at least 3'));
    expect(formatFieldValue(ten, 8)).toBe('8 out of 10');
  });

  it('falls back to 5 when settings.max is not a whole number of at least 1', () => {
    expect(check(makeField('rating', { settings: { max: 'ten' } }), 6)).toEqual(refused('must be 1 to 5'));
    expect(check(makeField('rating', { settings: { max: 0 } }), 6)).toEqual(refused('must be 1 to 5'));
  });
});
