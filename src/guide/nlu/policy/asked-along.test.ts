import { describe, expect, it } from 'vitest';
import { defaultNlu } from '../nlu.js';
import { ctx, field } from '../extract/test-helpers.js';
import { asksAboutOption, questionsAlong } from './asked-along.js';

import type { Field } from '../../../core/wizard/definition.js';
import type { Candidate } from './plan.js';

describe('questionsAlong', () => {
  const plan = field('plan', 'single_select', {
    opts: [
      ['fibre-300', 'Fibre 300', '300'],
      ['fibre-500', 'Fibre 500', '500'],
    ],
  });
  const time = field('time', 'time');
  it.each<[string, string | null]>([
    // options a question compares are offered by nobody: the question is cut
    [
      "what's the difference between the Fibre 300 and the 500? The kids are always gaming",
      'The kids are always gaming',
    ],
    ['what does Fibre 500 include? we stream a lot', 'we stream a lot'],
    // guards: a question that offers a value the rest does not repeat is read whole
    ['is 3pm free? if not 4pm', null],
    ['is Fibre 500 available here? I work from home', null],
  ])('%j → %j', (content, rest) =>
    expect(questionsAlong(content, [plan, time], defaultNlu, ctx)?.rest ?? null).toBe(rest),
  );
});

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
