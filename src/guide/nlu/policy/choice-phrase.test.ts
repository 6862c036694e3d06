import { describe, expect, it } from 'vitest';
import { field } from '../extract/test-helpers.js';
import type { Candidate } from './plan.js';
import { choicePhrase } from './choice-phrase.js';

const voice = field('voice_id', 'single_select', {
  opts: [
    ['pro-british-male', 'Professional British male', 'british', 'professional'],
    ['friendly-american-female', 'Friendly American female', 'american', 'friendly woman'],
    ['warm-calm-female', 'Warm and calm female', 'calm', 'warm'],
  ],
});
const avatar = field('avatar_style', 'single_select', { opts: [['default', 'Default']] });
const fields = [voice, avatar];

const said = (f: string, value: string, span: string): Candidate => ({
  field: f,
  value,
  confidence: 0.88,
  extractor: 'verbatim-option',
  span,
});

describe('choicePhrase', () => {
  it.each<[string, Candidate, string | null]>([
    [
      'the friendly american woman, most of our staff are in Ohio',
      said('voice_id', 'friendly-american-female', 'american'),
      'the friendly american woman',
    ],
    [
      'british, the professional one...',
      said('voice_id', 'pro-british-male', 'professional'),
      'the professional one',
    ],
    ['the calm voice please', said('voice_id', 'warm-calm-female', 'calm'), null],
    ['ok the calm voice', said('voice_id', 'warm-calm-female', 'calm'), 'the calm voice'],
    // GUARD: the option's words inside the person's own sentence
    ['warm and friendly, like the calm lady at a spa', said('voice_id', 'warm-calm-female', 'calm'), null],
    ['cite the policy handbook, be warm', said('voice_id', 'warm-calm-female', 'warm'), null],
    ['a friendly american accent', said('voice_id', 'friendly-american-female', 'american'), null],
    ['the american way of doing things', said('voice_id', 'friendly-american-female', 'american'), null],
    ['just use the default picture', said('avatar_style', 'default', 'default'), null],
  ])('%s', (utterance, c, phrase) => {
    expect(choicePhrase(c, utterance, fields)).toBe(phrase);
  });
});
