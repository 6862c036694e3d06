import { describe, expect, it } from 'vitest';
import type { Field } from '../../../core/wizard/definition.js';
import { inFieldUnit, unitNumberCandidates } from './unit-number.js';
import { asUnitSelect, fieldUnit, unitSelect } from './field-unit.js';
import { convertUnit, unitNamed } from './units.js';
import { findNumberMentions } from './numbers.js';
import { numberAnswer } from './number-answer.js';
import type { Candidate } from './types.js';
import { field } from './test-helpers.js';

const age = field('pet_age', 'number', {
  label: 'Age (years)',
  description: 'Age in years; use decimals for part years, e.g. 0.5 for six months',
  validation: { min: 0, max: 40 },
});
const weight = field('weight', 'number', {
  label: 'Weight',
  description: 'Your pet’s weight as a number, in the unit you choose below',
  validation: { min: 0.01, max: 250 },
});
const weightUnit = field('weight_unit', 'single_select', {
  opts: [
    ['kg', 'Kilograms (kg)', 'kilos'],
    ['lb', 'Pounds (lb)', 'lbs', 'pounds'],
  ],
});
const stay = field('stay', 'number', {
  label: 'Length of stay',
  description: 'in nights',
  validation: { min: 1 },
});
const days = field('courtesy_days', 'number', {
  label: 'Courtesy car days',
  settings: { integer: true },
  validation: { min: 1, max: 5 },
});
const height = field('height', 'number', { label: 'Height' });
const heightUnit = field('height_unit', 'single_select', {
  opts: [
    ['cm', 'Centimetres'],
    ['m', 'Metres'],
  ],
});
const vet = [age, weight, weightUnit];

function run(text: string, fields: Field[] = vet): Array<[string, unknown]> {
  const out: Candidate[] = [];
  unitNumberCandidates(text, fields, out);
  return out.map((c) => [c.field, c.value]);
}

describe('units', () => {
  it('restates within a dimension', () => {
    expect(convertUnit(18, unitNamed('months')!, unitNamed('years')!)).toBe(1.5);
    expect(convertUnit(35, unitNamed('grams')!, unitNamed('kg')!)).toBe(0.035);
    expect(convertUnit(24, unitNamed('lbs')!, unitNamed('pound')!)).toBe(24);
  });
  it('knows no single letters or other words', () => {
    expect(unitNamed('m')).toBeNull();
    expect(unitNamed('guests')).toBeNull();
  });
});

describe('fieldUnit and unitSelect', () => {
  it('reads the label first, then the description', () => {
    expect(fieldUnit(age)?.name).toBe('year');
    expect(
      fieldUnit(field('mileage', 'number', { label: 'Mileage', description: 'Miles on the odometer' }))?.name,
    ).toBe('mile');
    expect(fieldUnit(days)?.name).toBe('day');
  });
  it('has none for a field that names no unit ("e.g." is no gram)', () => {
    expect(fieldUnit(weight)).toBeNull();
    expect(fieldUnit(field('x', 'number', { extraction_hints: ['e.g. 12.5'] }))).toBeNull();
    expect(fieldUnit(field('guests', 'number', { label: 'Number of guests' }))).toBeNull();
  });
  it('finds the unit select just after its number field', () => {
    expect(unitSelect(weight, vet)?.field.name).toBe('weight_unit');
    expect(unitSelect(age, vet)).toBeNull();
    // a select of options that are no units of one dimension is none
    expect(
      asUnitSelect(
        field('s', 'single_select', {
          opts: [
            ['kg', 'Kilograms'],
            ['mi', 'Miles'],
          ],
        }),
      ),
    ).toBeNull();
    // the select after one number field is not the next number field's
    expect(unitSelect(weight, [height, weightUnit, weight])).toBeNull();
    expect(asUnitSelect(heightUnit)).toBeNull();
  });
});

describe('unitNumberCandidates', () => {
  it.each<[string, Array<[string, unknown]>]>([
    [
      "she's 3 and a half, and she weighed about 24 pounds",
      [
        ['weight', 24],
        ['weight_unit', 'lb'],
      ],
    ],
    [
      '4 kg',
      [
        ['weight', 4],
        ['weight_unit', 'kg'],
      ],
    ],
    [
      '7 yrs old and like 62lbs',
      [
        ['pet_age', 7],
        ['weight', 62],
        ['weight_unit', 'lb'],
      ],
    ],
    ['around 18 months', [['pet_age', 1.5]]],
    ['about six months', [['pet_age', 0.5]]],
    [
      '35 grams on the kitchen scale',
      [
        ['weight', 0.035],
        ['weight_unit', 'kg'],
      ],
    ],
    [
      '12 ounces',
      [
        ['weight', 0.75],
        ['weight_unit', 'lb'],
      ],
    ],
    [
      "he's eleven, and about sixteen pounds",
      [
        ['weight', 16],
        ['weight_unit', 'lb'],
      ],
    ],
    ['She is two and a quarter years old.', [['pet_age', 2.25]]],
  ])('%s', (text, expected) => expect(run(text)).toEqual(expected));

  it('reads a stay in nights said in nights or in weeks', () => {
    expect(run('4 nights', [stay])).toEqual([['stay', 4]]);
    expect(run('2 weeks', [stay])).toEqual([['stay', 14]]);
  });

  // guards
  it.each<[string, Field[]]>([
    ['He is not well since 3 days.', vet],
    ['vomiting for 2 weeks', vet],
    ['it started 3 months ago', vet],
    ['she eats 3 times a day', vet],
    ['3 days a week', vet],
    ['it cost 24 pounds', [weight]],
    ['cost me $24', vet],
    ['300 kg', vet],
    ['3 days', [age, weight, weightUnit]],
    ['he is 4', vet],
    ['2 hours', [days]],
    ['2.5 days', [days]],
    ['4 kg', [weight, weightUnit, field('cat_weight', 'number', { label: 'Weight (kg)' })]],
  ])('%s fills nothing', (text, fields) =>
    expect(run(text, fields).filter(([f]) => f !== 'weight_unit')).toEqual([]),
  );
});

describe('numberAnswer in the field’s own unit', () => {
  it.each<[string, Field, number | null]>([
    ['around 18 months', age, 1.5],
    ['about six months', age, 0.5],
    ['3 years', age, 3],
    ["he's 9", age, 9],
    ["he's 4, weighs about 1.1 kilos", age, 4],
    ['1.1 kilos', age, null],
    ['a week', days, null],
    ['2 days', days, 2],
  ])('%s', (text, f, value) => expect(numberAnswer(text, f)?.value ?? null).toBe(value));

  it('keeps a number of a field without a unit as said', () => {
    const [n] = findNumberMentions('4 kg');
    expect(inFieldUnit('4 kg', n!, weight)).toEqual(n);
  });
});
