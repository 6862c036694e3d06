import { describe, expect, it } from 'vitest';
import { field } from '../extract/test-helpers.js';
import { isPlainRemarkForAddress } from './address-remark.js';

const fields = [
  field('pickup_address', 'text', { label: 'Pickup address' }),
  field('notes', 'textarea', { label: 'Notes' }),
];
const remark = (value: string, name = 'pickup_address') =>
  isPlainRemarkForAddress({ field: name, value, confidence: 0.8, extractor: 'short-text' }, fields);

describe('isPlainRemarkForAddress', () => {
  it.each<[string, boolean]>([
    ['please, her test is coming up', true],
    ['for now, just want to try it out', true],
    ['Please, her test is coming up', true],
    // GUARD: a house number, a place's name, a name alone
    ['our place, 27 Banksia Crescent, Glen Waverley', false],
    ['Darwin High School, Bullocky Point, Fannie Bay', false],
    ['Glebe', false],
    ['at the station in Parramatta', false],
  ])('%j: %s', (value, expected) => expect(remark(value)).toBe(expected));

  it('leaves other fields alone', () => expect(remark('please, her test is coming up', 'notes')).toBe(false));
});
