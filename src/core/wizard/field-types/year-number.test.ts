import { describe, expect, it } from 'vitest';
import type { Field } from '../definition.js';
import { formatFieldValue } from './index.js';
import { holdsYear } from './year-number.js';

const number = (name: string, label: string, validation?: Field['validation']): Field => ({
  name,
  label,
  type: 'number',
  required: false,
  extraction_hints: [],
  ...(validation ? { validation } : {}),
});

describe('holdsYear', () => {
  it.each<[Field, boolean]>([
    [number('year', 'Year'), true],
    [number('model_year', 'Model year'), true],
    [number('built', 'Year built'), true],
    [number('made', 'Year of manufacture'), true],
    [number('built', 'Built', { min: 1900, max: 2030 }), true],
    [number('years_experience', 'Years of experience'), false],
    [number('income', 'Income per year'), false],
    [number('year', 'Year', { min: 0, max: 10 }), false],
    [number('mileage', 'Mileage', { min: 0, max: 500000 }), false],
    [{ ...number('year', 'Year'), type: 'text' }, false],
  ])('%o → %s', (field, expected) => {
    expect(holdsYear(field)).toBe(expected);
  });

  it('shows a year without thousands grouping, other numbers grouped', () => {
    expect(formatFieldValue(number('year', 'Year'), 2013)).toBe('2013');
    expect(formatFieldValue(number('mileage', 'Mileage'), 80000)).toBe('80,000');
  });
});
