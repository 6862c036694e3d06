import { describe, expect, it } from 'vitest';
import { suburbOfAddress } from './suburb-of-address.js';
import { field } from './test-helpers.js';

const suburb = field('suburb', 'text', { label: 'Suburb and postcode' });
const town = field('town', 'text', { label: 'Town or city' });
const address = field('street_address', 'text', { label: 'Street address and suburb' });

describe('suburbOfAddress: the place after the street, for a field that asks the suburb only', () => {
  it.each<[string, ReturnType<typeof field>, string | null]>([
    ['Unit 3/22 Beach Rd, Coogee 2034', suburb, 'Coogee 2034'],
    ['12 Smith Street, Carina, QLD 4152', suburb, 'Carina, QLD 4152'],
    ['we are at 4 Old Mill Lane, Stroud', town, 'Stroud'],
    // guards: no street said; a field that takes the whole address; a lower-case word after the street
    ['Glebe 2037', suburb, null],
    ['Unit 3/22 Beach Rd, Coogee 2034', address, null],
    ['22 Beach Rd, near the shops', suburb, null],
  ])('%s (%s) → %s', (u, f, expected) => expect(suburbOfAddress(u, f)?.value ?? null).toBe(expected));
});
