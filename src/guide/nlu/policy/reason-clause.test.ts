import { describe, expect, it } from 'vitest';
import { field } from '../extract/test-helpers.js';
import type { Candidate } from './plan.js';
import { isReasonWord } from './reason-clause.js';

const format = field('talk_format', 'single_select', {
  label: 'Format',
  opts: [
    ['talk', 'Talk'],
    ['workshop', 'Workshop', 'hands-on'],
  ],
});
const tracks = field('tracks', 'multi_select', {
  label: 'Tracks',
  opts: [['career-community', 'Career & community', 'people']],
});
const fields = [format, tracks];
const people: Candidate = {
  field: 'tracks',
  value: ['career-community'],
  confidence: 0.9,
  extractor: 'verbatim-option',
  span: 'people',
};

describe('isReasonWord', () => {
  it.each<[string, Candidate, boolean]>([
    ['I think the hands-on one suits it best since people will be coding along', people, true],
    ['a workshop, because people learn by doing', people, true],
    // guards: said as a choice, its field named, or asked
    ['a workshop, and the people track', people, false],
    ['workshop, tracks people since it is about careers', people, false],
    ['people, since it is about careers', people, false],
    ['a workshop since people code', { ...people, extractor: 'number-noun' }, false],
  ])('%s', (utterance, c, expected) => {
    expect(isReasonWord(c, utterance, [format], fields)).toBe(expected);
  });

  it('keeps a value of the asked field', () => {
    expect(isReasonWord(people, 'a workshop since people code', [tracks], fields)).toBe(false);
  });
});
