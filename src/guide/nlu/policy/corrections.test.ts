import { describe, expect, it } from 'vitest';
import type { Candidate } from './plan.js';
import { correctedTail, correctsEarlier, patchedDigits, preferCorrected } from './corrections.js';

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
    ['Adaeze, no wait, make it Ada Styles', 'Ada Styles'],
    ['40k, no wait make that 55k', '55k'],
    // "make it" is no cue of its own inside a value
    ['Adaeze, make it snappy', null],
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

describe('patchedDigits', () => {
  it.each([
    ['416 555 0198, sorry, 0189 at the end', '416 555 0189'],
    ["it's 07123 456789 — no, 456798", "it's 07123 456798"],
    ['347 555 0152, no wait, 0125', '347 555 0125'],
    ['ID 4471, sorry I mean 4417', 'ID 4417'],
    ['0412 687 203. sorry, 230', '0412 687 230'],
    ['416 555 0198 – nope, 416 555 0189', '416 555 0189'],
    ['07700 112233 - no, 2239', '07700 112239'],
    ['call 020 7946 0018; oops, 0081 for the last bit', 'call 020 7946 0081'],
  ])('%s → %s', (utterance, patched) => expect(patchedDigits(utterance)).toBe(patched));

  it.each([
    '416 555 0198', // no cue
    '555 0198 - sorry for the delay', // no digits after the cue
    '07700 112233, no landline sorry',
    '4471, sorry, 4417 I think, and the rest of it is fine', // too many words after the digits
    '12 people, no, 4', // one digit is no part of a long number
    'no, 0189', // the cue leads
    '416 555 0198, sorry, 01899', // more digits than the last group holds
  ])('leaves "%s" alone', (utterance) => expect(patchedDigits(utterance)).toBeNull());
});
