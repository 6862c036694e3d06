import { describe, expect, it } from 'vitest';
import { isPlaceMention } from './place-mention.js';

describe('isPlaceMention', () => {
  it.each([
    ["We're relocating from Chicago to ", 'London'],
    ["We're relocating from ", 'Chicago'],
    ["we're moving to ", 'Tralee'],
    ['I live in ', 'Lagos'],
    ['a flat near ', 'Paris'],
  ])('"%s%s" names a place', (before, value) => expect(isPlaceMention(before, value)).toBe(true));

  it.each([
    ['Please send it to ', 'Mahmoud'],
    ['a table for ', 'Dana'],
    ['yes, with my colleague ', 'Rohan Mehta'],
    ['I booked a checkup for ', 'Tomas'],
    ['transfer 50 dollars to ', 'Jordan'],
    ['I ', 'London'],
  ])('"%s%s" does not', (before, value) => expect(isPlaceMention(before, value)).toBe(false));
});
