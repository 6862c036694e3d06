import { describe, expect, it } from 'vitest';
import { field } from './test-helpers.js';
import { restatedFraction } from './restated-fraction.js';

const roofAge = field('roof_age', 'number', { label: 'Roof age (years)', settings: { integer: true } });
const weight = field('weight', 'number', { label: 'Weight (kg)' });

describe('restatedFraction: another unit read into a fraction of a whole-number field', () => {
  it.each<[string, number, string, boolean]>([
    ['within 3 months', 0.25, '3 months', true],
    ['18 months', 1.5, '18 months', true],
    // guards: a fraction said, a whole number, a field that takes fractions
    ['2.5 years', 2.5, '2.5 years', false],
    ['two and a half years', 2.5, 'two and a half years', false],
    ['24 months', 2, '24 months', false],
  ])('%s → %s', (_said, value, span, expected) =>
    expect(restatedFraction(roofAge, value, span)).toBe(expected),
  );

  it('leaves a field without the whole-number rule alone (guard)', () =>
    expect(restatedFraction(weight, 0.25, '250 g')).toBe(false));
});
