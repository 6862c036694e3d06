import { describe, expect, it } from 'vitest';
import { withholdsDetails } from './withheld-details.js';

describe('withholdsDetails', () => {
  it.each([
    "I need to check the exact name of her medication with her pediatrician, I'll come back to finish this",
    "we'll have to ask the vet and get back to you",
    'I need to double-check with my husband',
    "but I'll come back to finish this later",
    'I have to look it up',
  ])('"%s" holds the details back', (t) => expect(withholdsDetails(t)).toBe(true));

  it.each([
    'peanuts, I need to check the dose',
    'tree nuts and sesame, she carries an EpiPen',
    'I check in at 3',
    'asthma, I will send the inhaler',
    'bee stings',
    '',
  ])('"%s" does not', (t) => expect(withholdsDetails(t)).toBe(false));
});
