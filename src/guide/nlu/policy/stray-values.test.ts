import { describe, expect, it } from 'vitest';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { field } from '../extract/test-helpers.js';
import { isStrayOverwrite } from './stray-values.js';
import type { Candidate } from './plan.js';

const fields = [field('full_name', 'text'), field('years', 'number'), field('city', 'text')];
const snapshot = (answered: boolean) =>
  ({
    fields: [
      { name: 'full_name', answered, provenance: { source: 'user' } },
      { name: 'years', answered, provenance: { source: 'user' } },
      { name: 'city', answered, provenance: { source: 'user' } },
    ],
  }) as unknown as RunSnapshot;
const cand = (f: string, value: unknown, confidence: number): Candidate => ({
  field: f,
  value,
  confidence,
  extractor: 'x',
});

describe('isStrayOverwrite', () => {
  it.each<[string, Candidate, boolean, string | undefined, string, boolean]>([
    [
      'a weak guess over an answered name',
      cand('full_name', 'QA', 0.65),
      true,
      'url',
      'applying for the QA role',
      true,
    ],
    ['a stated name', cand('full_name', 'Ada', 0.85), true, 'url', "I'm Ada", false],
    ['a correction', cand('full_name', 'Ada', 0.4), true, 'url', 'actually it should be Ada', false],
    ['the field asked on its own', cand('full_name', 'Ada', 0.4), true, 'full_name', 'Ada', false],
    ['an unanswered field', cand('full_name', 'QA', 0.4), false, 'url', 'QA', false],
    ['a typed field', cand('years', 5, 0.4), true, 'url', '5', false],
    ['a field that is no name', cand('city', 'Marshall', 0.65), true, 'url', 'How about in Marshall?', false],
  ])('%s', (_, c, answered, asked, utterance, stray) =>
    expect(isStrayOverwrite(c, fields, snapshot(answered), asked, utterance)).toBe(stray),
  );
});
