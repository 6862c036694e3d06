import { describe, expect, it } from 'vitest';
import { spelledUnits } from './spelled-units.js';

describe('spelledUnits', () => {
  it.each<[string, string]>([
    ['2 yrs', '2 years'],
    ['18 mths please', '18 months please'],
    ['1 yr', '1 year'],
    ['3wks', '3 weeks'],
    ['12 hrs', '12 hours'],
    ['5 kgs of flour', '5 kilograms of flour'],
    // guards: full words, a number with no unit, a unit with no number, a single letter
    ['2 years', '2 years'],
    ['18 months', '18 months'],
    ['fibre 500', 'fibre 500'],
    ['yrs ago', 'yrs ago'],
    ['5 g', '5 g'],
  ])('%j → %j', (text, spelled) => expect(spelledUnits(text)).toBe(spelled));
});
