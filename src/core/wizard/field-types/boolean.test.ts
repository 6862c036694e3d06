import { describe, expect, it } from 'vitest';
import { formatFieldValue } from './index.js';
import { accepted, check, makeField, refused } from './testing.js';

describe('boolean', () => {
  const field = makeField('boolean');

  it.each([
    [true, true],
    [false, false],
    ['true', true],
    ['FALSE', false],
    [' yes ', true],
    ['No', false],
    ['y', true],
    ['n', false],
    ['1', true],
    ['0', false],
    [1, true],
    [0, false],
    ['on', true],
    ['OFF', false],
  ])('accepts %j', (raw, expected) => {
    expect(check(field, raw)).toEqual(accepted(expected));
  });

  it.each([
    ['', 'is empty'],
    [null, 'is empty'],
    [undefined, 'is empty'],
    ['maybe', 'must be yes or no'],
    ['yes please', 'must be yes or no'],
    [2, 'must be yes or no'],
    [{}, 'must be yes or no'],
  ])('refuses %j', (raw, message) => {
    expect(check(field, raw)).toEqual(refused(message));
  });

  it('requires true for a consent box (settings.must_be_true)', () => {
    const consent = makeField('boolean', { settings: { must_be_true: true } });
    expect(check(consent, 'yes')).toEqual(accepted(true));
    expect(check(consent, 'no')).toEqual(refused('must be accepted'));
  });

  it('formats as Yes / No', () => {
    expect(formatFieldValue(field, true)).toBe('Yes');
    expect(formatFieldValue(field, false)).toBe('No');
  });
});
