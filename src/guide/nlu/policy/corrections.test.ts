import { describe, expect, it } from 'vitest';
import type { Candidate } from './plan.js';
import { correctedTail, correctsEarlier, preferCorrected } from './corrections.js';

describe('correctsEarlier', () => {
  it.each([
    'actually make it 90 guests',
    'oh and my email is wrong, it’s x@y.io',
    'sorry, just noticed my email has a typo, it should be x@y.io',
    'make it Monday 5 April instead',
    'can we rename him to Coach Max?',
  ])('reads a correction in %j', (utterance) => expect(correctsEarlier(utterance)).toBe(true));
  it.each(['35 guests, the rooftop', 'Saturday 9 January 2027, 19:00'])('reads none in %j', (utterance) =>
    expect(correctsEarlier(utterance)).toBe(false),
  );
});

describe('correctedTail', () => {
  it.each([
    ['around 40k. no wait, make that 55k, we just got more funding', '55k, we just got more funding'],
    ['12 people, sorry I mean 14', '14'],
    ['two rooms or rather three', 'three'],
  ])('%s → %j', (utterance, tail) => expect(correctedTail(utterance)).toBe(tail));
  it('has no tail when the only cue leads the utterance', () => {
    expect(correctedTail('make that 55k')).toBeNull();
  });
});

describe('preferCorrected', () => {
  it('lets the corrected words win for the fields they fill', () => {
    const c = (field: string, value: string): Candidate => ({
      field,
      value,
      confidence: 0.9,
      extractor: 'x',
    });
    expect(preferCorrected([c('budget', 'a'), c('email', 'e')], [c('budget', 'b')])).toEqual([
      c('email', 'e'),
      c('budget', 'b'),
    ]);
  });
});
