import { describe, expect, it } from 'vitest';
import { saidOnlyInReason } from './reason-clause.js';

describe('saidOnlyInReason', () => {
  it.each<[string, string, boolean]>([
    ['people', 'I think the hands-on one suits it best since people will be coding along', true],
    ['people', 'a workshop, because people learn by doing', true],
    ['data', "a talk, cause it's about data", true],
    // guards: said as a choice too, before the reason, or no reason at all
    ['people', 'a workshop, and the people track', false],
    ['people', 'people, since it is about careers', false],
    ['people', 'people track since people code', false],
    ['', 'since people code', false],
  ])('%s in %s', (span, utterance, expected) => {
    expect(saidOnlyInReason(span, utterance)).toBe(expected);
  });
});
