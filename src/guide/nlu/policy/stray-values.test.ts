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
const cand = (f: string, value: unknown, confidence: number, span?: string): Candidate => ({
  field: f,
  value,
  confidence,
  extractor: 'x',
  ...(span ? { span } : {}),
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
    [
      'digits are no name',
      cand('full_name', 'DU4417823', 0.65),
      true,
      'time',
      'I do actually, the number on it is DU4417823',
      true,
    ],
    ['digits are no name, even asked', cand('full_name', 'B52', 0.82), true, 'full_name', 'B52', true],
    [
      'a possessive is no name',
      cand('full_name', "TypeScript's", 0.65),
      true,
      'abstract',
      "with TypeScript's type system",
      true,
    ],
    [
      "someone else's name",
      cand('full_name', 'Chen', 0.85, 'name is Chen'),
      true,
      'notes',
      'concierge have the key, name is Chen unit 2304',
      true,
    ],
    [
      "a pet's name",
      cand('full_name', 'Biscuit', 0.85, 'called Biscuit'),
      true,
      'notes',
      'the dog is called Biscuit',
      true,
    ],
    [
      'a cue that corrects no name',
      cand('full_name', 'Galway', 0.65, 'in Galway'),
      true,
      'notes',
      'actually I moved here from Galway last year',
      true,
    ],
    [
      'my name, stated',
      cand('full_name', 'Harold Chambers', 0.85, 'My name is Harold Chambers'),
      true,
      'email',
      'My name is Harold Chambers',
      false,
    ],
    [
      "I'm …",
      cand('full_name', 'Jo Byrne', 0.85, "I'm Jo Byrne"),
      true,
      'email',
      "sorry I'm Jo Byrne",
      false,
    ],
    [
      'a name correction',
      cand('full_name', 'Aoife', 0.65, 'is Aoife'),
      true,
      'email',
      "sorry, it's spelled Aoife",
      false,
    ],
    [
      'my name is actually',
      cand('full_name', 'Siobhan Kelly', 0.65),
      true,
      'email',
      'my name is actually Siobhan Kelly',
      false,
    ],
  ])('%s', (_, c, answered, asked, utterance, stray) =>
    expect(isStrayOverwrite(c, fields, snapshot(answered), asked, utterance)).toBe(stray),
  );
});
