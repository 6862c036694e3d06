import { describe, expect, it } from 'vitest';
import { numberAnswer } from './number-answer.js';
import { extractAll } from './all.js';
import { ctx, field } from './test-helpers.js';

const year = field('year', 'number', { label: 'Year', validation: { min: 1950, max: 2027 } });
const modelYear = field('model_year', 'number', { label: 'Model year' });
const mileage = field('mileage', 'number', {
  label: 'Mileage',
  description: 'Roughly how many miles are on the clock',
  validation: { min: 0, max: 500000 },
});
const pets = field('pets', 'number', { label: 'Number of pets' });

describe('numbers for a field that holds a year, and for one that does not', () => {
  it.each<[string, typeof year, number | null]>([
    ['2017 Honda Civic, about 80k miles', year, 2017],
    ['2017 Honda Civic, about 80k miles', mileage, 80000],
    ['Ford Fiesta 2016, 61k', year, 2016],
    ['Ford Fiesta 2016, 61k', mileage, 61000],
    ['a 2012 Toyota Prius with roughly ninety-five thousand miles on it', year, 2012],
    ['a 2012 Toyota Prius with roughly ninety-five thousand miles on it', mileage, 95000],
    ['it was made in 1998', modelYear, 1998],
    ['1949', year, null],
    ['about 80k miles', year, null],
    ['12', year, null],
    ['none', year, null],
    ['1-3k', pets, null],
  ])('%s → %s', (utterance, f, expected) => {
    expect(numberAnswer(utterance, f)?.value ?? null).toBe(expected);
  });
});

describe('unasked, the year settled on after a hedge', () => {
  const built = field('year_built', 'number', {
    label: 'Year built',
    validation: { min: 1500, max: 2027 },
    extraction_hints: ['a year such as 1934'],
  });
  it.each<[string, number]>([
    ["not sure exactly, the deeds say 1920-something. let's say 1925", 1925],
    ['1930s I think, say 1935', 1935],
    ['somewhere around 1900, call it 1905', 1905],
    ['probably 1960s? let me check the survey. ok it says 1963', 1963],
    // must not change: a year said once, or said by someone else ("the deeds say")
    ['the survey says 1963', 1963],
    ['built 1934', 1934],
  ])('%s → %d', (u, year) =>
    expect(extractAll(u, [built], ctx).find((c) => c.field === 'year_built')?.value).toBe(year),
  );
});
