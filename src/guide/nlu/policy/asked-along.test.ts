import { describe, expect, it } from 'vitest';
import type { Field } from '../../../core/wizard/definition.js';
import { asksAboutOption } from './asked-along.js';
import type { Candidate } from './plan.js';

const voice: Field = {
  name: 'voice',
  label: 'Voice',
  type: 'single_select',
  required: true,
  extraction_hints: [],
  options: [
    { value: 'british', label: 'Professional British male', synonyms: [] },
    { value: 'energetic', label: 'Energetic young male', synonyms: [] },
  ],
};
const nickname: Field = {
  name: 'nickname',
  label: 'Nickname',
  type: 'text',
  required: false,
  extraction_hints: [],
};

const at = (field: string, value: string, span: string): Candidate => ({
  field,
  value,
  span,
  confidence: 0.8,
  extractor: 'option',
});

describe('asksAboutOption: a yes/no question whose subject is an option chooses nothing', () => {
  it.each<[string, Candidate, boolean]>([
    ['does the energetic one sound young?', at('voice', 'energetic', 'energetic'), true],
    ['is the british voice an old man?', at('voice', 'british', 'british'), true],
    ['so does the energetic one sound too young?', at('voice', 'energetic', 'energetic'), true],
    [
      'are the Professional British male voices calm?',
      at('voice', 'british', 'Professional British male'),
      true,
    ],
    // guard rows: put forward for approval, the option later in the question, or no choice field
    ['is the british one ok?', at('voice', 'british', 'british'), false],
    ['would the energetic one work?', at('voice', 'energetic', 'energetic'), false],
    ['can you make him sound less like the energetic one?', at('voice', 'energetic', 'energetic'), false],
    ['is Liv a good nickname?', at('nickname', 'Liv', 'Liv'), false],
  ])('%s → %s', (q, c, expected) => {
    expect(asksAboutOption(q, c, [voice, nickname])).toBe(expected);
  });
});
