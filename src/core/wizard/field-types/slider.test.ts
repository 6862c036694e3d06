import { describe, expect, it } from 'vitest';
import { formatFieldValue } from './index.js';
import { snapToStep } from './slider.js';
import { accepted, check, makeField, refused } from './testing.js';

describe('slider', () => {
  const field = makeField('slider');

  it.each([
    [0, 0],
    [100, 100],
    ['42.5', 42.5],
    [' 7 ', 7],
  ])('accepts %j on the default 0–100 range', (raw, expected) => {
    expect(check(field, raw)).toEqual(accepted(expected));
  });

  it.each([
    ['', 'is empty'],
    [null, 'is empty'],
    [-1, 'must be 0 to 100'],
    [101, 'must be 0 to 100'],
    ['lots', 'must be a number'],
  ])('refuses %j', (raw, message) => {
    expect(check(field, raw)).toEqual(refused(message));
  });

  it('uses validation.min/max and snaps to settings.step from min', () => {
    const f = makeField('slider', { validation: { min: 1000, max: 50000 }, settings: { step: 500 } });
    expect(check(f, '30,200')).toEqual(accepted(30000));
    expect(check(f, 30300)).toEqual(accepted(30500));
    expect(check(f, 999)).toEqual(accepted(1000));
    expect(check(f, 60000)).toEqual(refused('must be 1000 to 50000'));
    expect(formatFieldValue(f, 30000)).toBe('30,000');
  });

  it.each([
    [0.30000000000000004, 0, 0.1, 0.3],
    [0.7, 0, 0.25, 0.75],
    [7, 1, 2, 7],
    [8, 1, 2, 9],
    [2.26, 0.5, 0.25, 2.25],
  ])('snapToStep(%j, min %j, step %j) = %j', (value, min, step, expected) => {
    expect(snapToStep(value, min, step)).toBe(expected);
  });

  it('ignores a step that is not a positive number', () => {
    expect(check(makeField('slider', { settings: { step: 0 } }), 33.3)).toEqual(accepted(33.3));
    expect(check(makeField('slider', { settings: { step: 'big' } }), 33.3)).toEqual(accepted(33.3));
  });
});
