import { describe, expect, it } from 'vitest';
import { thousandsCandidates } from './thousands.js';
import type { Candidate } from './types.js';
import { field } from './test-helpers.js';

const mileage = field('mileage', 'number', { label: 'Mileage', validation: { min: 0, max: 500000 } });
const year = field('year', 'number', { label: 'Year', validation: { min: 1950, max: 2027 } });
const seats = field('seats', 'number', { label: 'Seats', validation: { min: 1, max: 9 } });
const budget = field('budget', 'number', { label: 'Budget' });
const steps = field('daily_steps', 'number', { label: 'Daily steps', validation: { min: 0, max: 100000 } });

function run(text: string, fields = [year, mileage, seats]): Candidate[] {
  const out: Candidate[] = [];
  thousandsCandidates(text, fields, out);
  return out;
}

describe('thousandsCandidates', () => {
  it.each<[string, Array<typeof mileage>, string | null, number | null]>([
    ['Nissan Qashqai, 2015, around 74k', [year, mileage, seats], 'mileage', 74000],
    ['Ford Fiesta 2016, 61k', [year, mileage, seats], 'mileage', 61000],
    ['Kia Sportage 2020 with 23k on it', [year, mileage], 'mileage', 23000],
    ['about 88 thousand', [year, mileage], 'mileage', 88000],
    ['74k', [seats], null, null],
    ['$74k', [mileage], null, null],
    ['74k', [mileage, budget], null, null],
    ['about 88 thousand', [mileage, steps], null, null],
    ['600k', [mileage], null, null],
    ['74000', [mileage], null, null],
  ])('%s', (text, fields, name, value) => {
    const [c] = run(text, fields);
    expect(c?.field ?? null).toBe(name);
    expect(c?.value ?? null).toBe(value);
  });

  it('keeps the words that go with the amount', () => {
    expect(run('Kia Sportage 2020 with 23k on it')[0]?.span).toBe('23k on it');
  });

  it('leaves a field already filled', () => {
    const out: Candidate[] = [{ field: 'mileage', value: 1, confidence: 0.9, extractor: 'x' }];
    thousandsCandidates('74k', [mileage], out);
    expect(out).toHaveLength(1);
  });
});
