import { describe, expect, it } from 'vitest';
import { addressUnitCandidates } from './address-unit.js';
import { field } from './test-helpers.js';

const address = field('property_address', 'text', { label: 'Property address' });
const unit = field('unit', 'text', { label: 'Unit or flat number' });
const apartment = field('apartment', 'text', { label: 'Apartment' });
const notes = field('notes', 'text', { label: 'Notes' });

describe('addressUnitCandidates: the unit of an address, for a form that asks it beside the street', () => {
  it.each<[string, ReturnType<typeof field>[], string | null]>([
    ['Unit 5, 88 Victoria Street, Te Aro, Wellington', [address, unit], 'Unit 5'],
    ['Flat 6, 210 Symonds Street, Grafton, Auckland', [address, unit], 'Flat 6'],
    ["42 Rimu Road, Mangere Bridge, Auckland. it's flat 2", [address, unit], 'Flat 2'],
    ['Apartment 1204, 30 Customs Street East, Auckland CBD', [address, apartment], 'Apartment 1204'],
    ['apt #4B, 12 Oak Street, Springfield', [address, unit], 'Apt #4B'],
    ['3/17 Dominion Road, Mt Eden, Auckland', [address, unit], '3'],
    // guards: no dwelling word nor slashed street number; a fraction is no unit; no address field on the
    // form; no unit field
    ['17 Dominion Road, Mt Eden, Auckland', [address, unit], null],
    ['I have 2/3 of a flat', [address, unit], null],
    ['Flat 6, 210 Symonds Street, Grafton', [unit, notes], null],
    ['Flat 6, 210 Symonds Street, Grafton', [address, notes], null],
  ])('%s → %s', (u, fields, expected) => {
    const found = addressUnitCandidates(u, fields, []);
    expect(found[0]?.value ?? null).toBe(expected);
  });
});
