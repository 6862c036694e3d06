import { describe, expect, it } from 'vitest';
import { listedNumberCandidates } from './listed-number.js';
import type { Candidate } from './types.js';
import { field } from './test-helpers.js';

const age = field('age', 'number', { label: 'Age', validation: { min: 0, max: 120 } });
const petAge = field('pet_age', 'number', { label: 'Pet age', validation: { min: 0, max: 30 } });
const weight = field('weight_kg', 'number', { label: 'Weight (kg)', validation: { min: 1, max: 90 } });
const unbounded = field('household', 'number', { label: 'Household size' });
const year = field('year', 'number', { label: 'Year', validation: { min: 1950, max: 2027 } });
const fee = field('fee', 'number', { label: 'Fee', settings: { currency: 'USD' } });
const name = field('full_name', 'text', { label: 'Full name' });
const roofAge = field('roof_age', 'number', { label: 'Roof age (years)', validation: { min: 0, max: 100 } });

function run(text: string, fields: Array<typeof age>): Array<[string, unknown]> {
  const out: Candidate[] = [];
  listedNumberCandidates(text, fields, out);
  return out.map((c) => [c.field, c.value]);
}

describe('listedNumberCandidates', () => {
  it.each<[string, Array<typeof age>, Array<[string, unknown]>]>([
    ['Rachel Stein, 38, rachel@x.com', [name, age], [['age', 38]]],
    ['rachel@x.com; Rachel Stein; 38', [name, age, year], [['age', 38]]],
    ['Olivia Chen, 42 and olivia@example.com', [name, age, fee], [['age', 42]]],
    ['Biscuit, 45', [petAge, weight], [['weight_kg', 45]]],
    ['Sam Lee, 38', [name, unbounded], [['household', 38]]],
    // a person's age is no roof's: the age of a thing takes no bare number beside a name
    ['Dorothy Kowalchuk, 71, dot@x.ca', [name, roofAge], []],
    ['Rachel Stein, 38', [name, age, roofAge], [['age', 38]]],
    // several fields fit: no guess
    ['Biscuit, 4', [petAge, weight], []],
    ['Rachel Stein, 38', [age, unbounded], []],
    // out of every range, no list, with its noun, an ordinal, money: nothing
    ['Olivia Chen, 420, olivia@example.com', [name, age], []],
    ['38', [age], []],
    ['Rachel Stein, 38 kg', [age], []],
    ['Rachel Stein, 2nd', [age], []],
    ['Rachel Stein, $38', [age], []],
    ['Rachel Stein, 38', [year, fee], []],
  ])('%s', (text, fields, expected) => expect(run(text, fields)).toEqual(expected));
});
