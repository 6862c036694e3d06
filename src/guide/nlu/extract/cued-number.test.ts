import { describe, expect, it } from 'vitest';
import type { Field } from '../../../core/wizard/definition.js';
import { cuedNumberCandidates } from './cued-number.js';
import type { Candidate } from './types.js';
import { field } from './test-helpers.js';

const mileage = field('mileage', 'number', {
  label: 'Current mileage',
  description: 'Miles on the odometer, roughly is fine',
  validation: { min: 0, max: 400000 },
});
const days = field('courtesy_days', 'number', {
  label: 'Courtesy car days',
  description: 'How many days you’ll need the courtesy car',
  validation: { min: 1, max: 5 },
});
const makeModel = field('make_model', 'text', { label: 'Make and model' });
const age = field('pet_age', 'number', {
  label: 'Age (years)',
  description: 'Age in years; use decimals for part years',
  validation: { min: 0, max: 40 },
});
const weight = field('weight', 'number', { label: 'Weight', description: 'Your pet’s weight as a number' });
const budget = field('budget', 'number', { label: 'Budget', description: 'Your budget in dollars' });
const car = [makeModel, mileage, days];

function run(text: string, fields: Field[] = car): Array<[string, unknown, string | undefined]> {
  const out: Candidate[] = [];
  cuedNumberCandidates(text, fields, out);
  return out.map((c) => [c.field, c.value, c.span]);
}

describe('cuedNumberCandidates', () => {
  it.each<[string, Field[], Array<[string, unknown, string]>]>([
    ['odometer is showing 61,250', car, [['mileage', 61250, 'odometer is showing 61,250']]],
    ['Odometer reads 27,480', car, [['mileage', 27480, 'Odometer reads 27,480']]],
    [
      'the mileage is more like 34 and a half thousand, I checked',
      car,
      [['mileage', 34500, 'mileage is more like 34 and a half thousand']],
    ],
    ['mileage 48000 miles', car, [['mileage', 48000, 'mileage 48000']]],
    ['her weight is about 12', [age, weight], [['weight', 12, 'weight is about 12']]],
  ])('%s', (text, fields, expected) => expect(run(text, fields)).toEqual(expected));

  // guards
  it.each<[string, Field[]]>([
    ['odometer is showing 61,250', [makeModel]],
    ['the odometer is broken, 2 days ago it showed 500', car],
    ['odometer reads 900,000', car],
    ['odometer reads 61,250 on the dash', car],
    ['budget is 5000', [budget, mileage]],
    ['the odometer is $500', car],
    ['my car needs 3 things fixed', car],
    ['the fourth one', car],
    ['a 2015 Ford with 61,250', car],
    ['pet is 4', [age, weight]],
    ['room number 5', [field('rooms', 'number', { label: 'Number of rooms' })]],
  ])('%s fills nothing', (text, fields) => expect(run(text, fields)).toEqual([]));
});
