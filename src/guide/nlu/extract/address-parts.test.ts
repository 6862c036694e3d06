import { describe, expect, it } from 'vitest';
import { addressPartCandidates } from './address-parts.js';
import { field } from './test-helpers.js';

const street = field('street_address', 'text', { label: 'Street address' });
const city = field('city', 'text', { label: 'City or town' });
const province = field('province', 'single_select', {
  label: 'Province',
  opts: [
    ['ontario', 'Ontario', 'ON'],
    ['manitoba', 'Manitoba', 'MB'],
  ],
});
const whole = field('address', 'text', { label: 'Home address' });
const postcode = field('postcode', 'text', { label: 'Postcode' });

describe('addressPartCandidates: the street and the town of an address, for a form that asks them apart', () => {
  it.each<[string, ReturnType<typeof field>[], Record<string, string>]>([
    [
      '48 Lakeshore Rd E, Oakville, Ontario',
      [street, city, province],
      { street_address: '48 Lakeshore Rd E', city: 'Oakville' },
    ],
    [
      '455 Ellice Ave Winnipeg MB',
      [street, city, province],
      { street_address: '455 Ellice Ave', city: 'Winnipeg' },
    ],
    [
      '12 Cove Road Chester Ontario',
      [street, city, province],
      { street_address: '12 Cove Road', city: 'Chester' },
    ],
    ['the place is 12 Cove Road, Chester', [whole, city], { address: '12 Cove Road', city: 'Chester' }],
    // guards: no town field (the address stays whole), no street said, no place said after the street
    ['48 Lakeshore Rd E, Oakville, Ontario', [whole, postcode], {}],
    ['Oakville, Ontario', [street, city, province], {}],
    ['88 Sorauren Ave', [street, city, province], {}],
  ])('%s → %j', (u, fields, expected) => {
    const found = Object.fromEntries(addressPartCandidates(u, fields, []).map((c) => [c.field, c.value]));
    expect(found).toEqual(expected);
  });
});
