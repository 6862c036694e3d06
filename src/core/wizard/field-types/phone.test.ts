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
    ['+1 555 555 1234', 'is not a valid phone number'],
    ['call me maybe', 'is not a valid phone number'],
    [{ number: '2024561111' }, 'is not a valid phone number'],
  ])('refuses %j', (raw, message) => {
    expect(check(field, raw)).toEqual(refused(message));
  });

  it('prefers settings.default_region over the run region', () => {
    const gb = makeField('phone', { settings: { default_region: 'GB' } });
    expect(check(gb, '020 7946 0958')).toEqual(accepted('+442079460958'));
    expect(check(field, '020 7946 0958')).toEqual(refused('is not a valid phone number'));
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
