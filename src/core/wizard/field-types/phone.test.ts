import { describe, expect, it } from 'vitest';
import { formatFieldValue } from './index.js';
import { accepted, check, makeField, refused } from './testing.js';

describe('phone', () => {
  const field = makeField('phone');

  it.each([
    ['(202) 555-0143', '+12025550143'],
    ['202.456.1111', '+12024561111'],
    ['+44 20 7946 0958', '+442079460958'],
    ['tel:+1-202-456-1111', '+12024561111'],
    [2024561111, '+12024561111'],
  ])('accepts %j in the run region (US)', (raw, expected) => {
    expect(check(field, raw)).toEqual(accepted(expected));
  });

  it.each([
    ['', 'is empty'],
    [undefined, 'is empty'],
    ['12', 'is not a valid phone number'],
    ['call me maybe', 'is not a valid phone number'],
    [{ number: '2024561111' }, 'is not a valid phone number'],
  ])('refuses %j', (raw, message) => {
    expect(check(field, raw)).toEqual(refused(message));
  });

  it('accepts a number of a possible length outside the allocated ranges, unless strict_validation', () => {
    // +44 7700 900xxx is reserved for drama (unallocated); +1 555 555 1234 is no assigned 555 number
    expect(check(field, '+44 7700 900481')).toEqual(accepted('+447700900481'));
    expect(check(field, '+1 555 555 1234')).toEqual(accepted('+15555551234'));
    const strict = makeField('phone', { settings: { strict_validation: true } });
    expect(check(strict, '+44 7700 900481')).toEqual(refused('is not a valid phone number'));
    expect(check(strict, '+1 555 555 1234')).toEqual(refused('is not a valid phone number'));
    expect(check(strict, '+44 20 7946 0958')).toEqual(accepted('+442079460958'));
  });

  it('prefers settings.default_region over the run region', () => {
    const gb = makeField('phone', { settings: { default_region: 'GB' } });
    expect(check(gb, '020 7946 0958')).toEqual(accepted('+442079460958'));
    expect(check(field, '020 7946 0958')).toEqual(refused('is not a valid phone number'));
  });

  it('refuses a number of an impossible length for its country', () => {
    expect(check(field, '+44 7700 9004')).toEqual(refused('is not a valid phone number'));
    expect(check(field, '415 555 01')).toEqual(refused('is not a valid phone number'));
  });

  it('refuses numbers when the region setting is nonsense, without throwing', () => {
    const bad = makeField('phone', { settings: { default_region: 'ZZ' } });
    expect(check(bad, '020 7946 0958')).toEqual(refused('is not a valid phone number'));
    expect(check(bad, '+44 20 7946 0958')).toEqual(accepted('+442079460958'));
  });

  it('formats in international format', () => {
    expect(formatFieldValue(field, '+12025550143')).toBe('+1 202 555 0143');
  });
});
