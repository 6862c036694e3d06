import { describe, expect, it } from 'vitest';
import { field } from './test-helpers.js';
import { holdsPlainNumber, inFieldRange } from './field-range.js';

describe('inFieldRange', () => {
  const bounded = field('guests', 'number', { validation: { min: 1, max: 10 } });
  const open = field('guests', 'number');
  it.each<[ReturnType<typeof field>, number, boolean]>([
    [bounded, 1, true],
    [bounded, 10, true],
    [bounded, 0, false],
    [bounded, 11, false],
    [open, -5, true],
  ])('%#: %j holds %d → %s', (f, v, expected) => expect(inFieldRange(f, v)).toBe(expected));
});

describe('holdsPlainNumber', () => {
  it('takes a number field whose range holds the value', () =>
    expect(holdsPlainNumber(field('mileage', 'number', { validation: { max: 400000 } }), 61250)).toBe(true));
  it('refuses a text field', () => expect(holdsPlainNumber(field('mileage', 'text'), 5)).toBe(false));
  it('refuses a value out of range', () =>
    expect(holdsPlainNumber(field('pain', 'number', { validation: { min: 0, max: 10 } }), 11)).toBe(false));
});
