import { describe, expect, it } from 'vitest';
import { field } from './test-helpers.js';
import { wholeAddressCandidates, wordsOnlyIn } from './whole-address.js';

const pickup = field('pickup_address', 'text', { label: 'Pickup address' });
const state = field('licence_state', 'single_select', {
  opts: [
    ['vic', 'Victoria (VIC)', 'Victoria'],
    ['nsw', 'New South Wales (NSW)', 'NSW'],
  ],
});
const days = field('preferred_days', 'multi_select', { opts: [['mon', 'Monday']] });

describe('wholeAddressCandidates', () => {
  const read = (utterance: string, fields = [pickup, state, days]) =>
    wholeAddressCandidates(utterance, fields, []).map((c) => [c.field, c.value]);
  it.each<[string, string[][]]>([
    ['3 Wellington St, Launceston', [['pickup_address', '3 Wellington St, Launceston']]],
    [
      'pick me up from work, 200 Adelaide St, Brisbane City',
      [['pickup_address', '200 Adelaide St, Brisbane City']],
    ],
    [
      'Unit 5, 88 Albany Highway, Victoria Park',
      [['pickup_address', 'Unit 5, 88 Albany Highway, Victoria Park']],
    ],
    // GUARD: no street with its place; a count before a noun; no place after the street
    ['saturdays only', []],
    ['about 60 hours with 2 kids at home', []],
    ['14 carlingford rd', []],
  ])('%j', (utterance, found) => expect(read(utterance)).toEqual(found));

  it('leaves a form that asks the street and the suburb apart to the address parts', () => {
    const street = field('street', 'text', { label: 'Street address' });
    const suburb = field('suburb', 'text', { label: 'Suburb' });
    expect(read('3 Wellington St, Launceston', [street, suburb])).toEqual([]);
  });
});

describe('wordsOnlyIn', () => {
  const address = 'Unit 5, 88 Albany Highway, Victoria Park';
  it.each<[string, string, boolean]>([
    [address, 'victoria', true],
    // GUARD: the option said outside the address too, or not in it
    [`Victoria, ${address}`, 'victoria', false],
    [`NSW, ${address}`, 'nsw', false],
  ])('%j (%s): %s', (utterance, span, inside) =>
    expect(
      wordsOnlyIn(
        { field: 'licence_state', value: 'x', confidence: 0.9, extractor: 'o', span },
        address,
        utterance,
        [pickup, state],
      ),
    ).toBe(inside),
  );
});
