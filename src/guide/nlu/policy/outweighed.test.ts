import { describe, expect, it } from 'vitest';
import type { Candidate } from './plan.js';
import { isOutweighed } from './outweighed.js';

const cand = (field: string, value: unknown, confidence: number): Candidate => ({
  field,
  value,
  confidence,
  extractor: 'test',
  span: String(value),
});

describe('isOutweighed', () => {
  it.each<[string, Candidate, Candidate[], boolean]>([
    [
      'a plate shape beats a guessed name',
      cand('reg', 'Skoda Octavia', 0.5),
      [cand('reg', 'KX19', 0.8)],
      true,
    ],
    // guards: the reading stands when nothing stronger fills its field
    ['a tie keeps the reading', cand('reg', 'Skoda', 0.8), [cand('reg', 'KX19', 0.8)], false],
    ['a weaker value keeps it', cand('reg', 'KX19 LMF', 0.82), [cand('reg', 'KX19', 0.8)], false],
    ['another field does not count', cand('make', 'Skoda', 0.5), [cand('reg', 'KX19', 0.8)], false],
    ['no other values', cand('make', 'Skoda', 0.5), [], false],
  ])('%s', (_, c, others, want) => expect(isOutweighed(c, others)).toBe(want));
});
