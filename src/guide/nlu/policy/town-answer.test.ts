import { describe, expect, it } from 'vitest';
import { isNoTown } from './town-answer.js';
import { field } from '../extract/test-helpers.js';

const city = field('city', 'text', { label: 'City or town' });
const owner = field('homeowner', 'boolean', {
  label: 'I own this property',
  description: 'Whether the person owns the property; the owner must sign',
});
const building = field('property_type', 'single_select', {
  label: 'Property type',
  opts: [
    ['cottage', 'Cottage', 'cabin'],
    ['flat', 'Flat membrane', 'rubber', 'membrane'],
  ],
});
const venue = field('venue', 'text', { label: 'Venue name' });
const fields = [city, owner, building, venue];

describe('isNoTown: a value read for a town field that names no place', () => {
  it.each<[string, string, string, ReturnType<typeof field>, boolean]>([
    ["Hydro's around 180 bucks a month", "Hydro's", 'proper-noun', city, true],
    ['yes it is ours, a cottage', 'ours', 'short-answer', city, true],
    ['yes owner, detached house', 'owner', 'short-answer', city, true],
    ['nothing more', 'nothing more', 'short-answer', city, true],
    ['asphalt shingles, put on in 2019', 'put on in 2019', 'short-answer', city, true],
    ['flat roof, the rubber membrane kind', 'the rubber membrane kind', 'short-answer', city, true],
    ['The power bill is about 210 a month on average', 'The power on average', 'short-answer', city, true],
    ['already got a charger for the Tesla in the garage', 'Tesla', 'proper-noun', city, true],
    // guards: towns capitalised or typed in lower case, towns with particles, a guessed name said as a place,
    // and fields that ask no town
    ['Olds', 'Olds', 'short-answer', city, false],
    ['saskatoon', 'saskatoon', 'short-answer', city, false],
    ['north vancouver', 'north vancouver', 'short-answer', city, false],
    ["St. John's", "St. John's", 'short-answer', city, false],
    ['Niagara-on-the-Lake', 'Niagara-on-the-Lake', 'short-answer', city, false],
    ['Bay of Islands', 'Bay of Islands', 'short-answer', city, false],
    ["we're just outside Olds, it's a farm", 'Olds', 'proper-noun', city, false],
    ['yes it is ours, a cottage', 'ours', 'short-answer', venue, false],
  ])('%s: %s (%s) → %s', (u, value, extractor, f, expected) =>
    expect(isNoTown({ field: f.name, value, confidence: 0.7, extractor, span: value }, f, fields, u)).toBe(
      expected,
    ),
  );
});
