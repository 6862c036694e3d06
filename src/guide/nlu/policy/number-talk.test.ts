import { describe, expect, it } from 'vitest';
import { field } from '../extract/test-helpers.js';
import { talksOfNumberField } from './number-talk.js';

const makeModel = field('make_model', 'text', {
  label: 'Make and model',
  description: 'The manufacturer and model, e.g. Ford Focus or VW Golf 1.6 TDI',
});
const mileage = field('mileage', 'number', {
  label: 'Current mileage',
  description: 'Miles on the odometer, roughly is fine',
});
const address = field('address', 'text', { label: 'Street address' });
const fields = [makeModel, mileage, address];

describe('talksOfNumberField', () => {
  it.each(['odometer is showing 61,250', 'Odometer reads 27,480', 'current mileage 61000'])(
    '%j reports the mileage',
    (value) => expect(talksOfNumberField(value, makeModel, fields)).toBe(true),
  );
  // guards: no number, a word of the field's own, no number field's word, a long line
  it.each<[string, ReturnType<typeof field>]>([
    ['odometer is broken', makeModel],
    ['VW Golf 1.6 TDI', makeModel],
    ['2018 Honda Civic', makeModel],
    ['12 Mileage Road', address],
    ['a Ford Focus that had its odometer replaced at 40,000 last spring', makeModel],
  ])('%j is a value', (value, f) => expect(talksOfNumberField(value, f, fields)).toBe(false));
});
