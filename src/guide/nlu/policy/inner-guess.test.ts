import { describe, expect, it } from 'vitest';
import { field } from '../extract/test-helpers.js';
import type { Candidate } from './plan.js';
import { isGuessInside } from './inner-guess.js';

const title = field('talk_title', 'text', { label: 'Talk title' });
const fields = [
  title,
  field('affiliation', 'text', { label: 'Company or affiliation' }),
  field('co_speaker_name', 'text', { label: "Co-speaker's name" }),
  field('tracks', 'multi_select', { label: 'Tracks' }),
];
const value = (f: string, v: unknown, span: string): Candidate => ({
  field: f,
  value: v,
  confidence: 0.8,
  extractor: 'test',
  span,
});
const said = 'From Lagos traffic to event streams: real-time logistics with Kafka';
const answer = { ...value('talk_title', said, said), extractor: 'whole-title' };

describe('isGuessInside', () => {
  it.each<[string, Candidate, Candidate, string, boolean]>([
    ['a company guessed inside the title', value('affiliation', 'Lagos', 'From Lagos'), answer, said, true],
    [
      'a person guessed inside the title',
      value('co_speaker_name', 'Kafka', 'with Kafka'),
      answer,
      said,
      true,
    ],
    // guards
    [
      'the field is named',
      value('co_speaker_name', 'Kafka', 'with Kafka'),
      answer,
      `${said}, co-speaker's name Kafka`,
      false,
    ],
    [
      'an answer not read whole',
      value('co_speaker_name', 'Kafka', 'with Kafka'),
      value('talk_title', said, said),
      said,
      false,
    ],
    ['the same words', value('affiliation', said, said), answer, said, false],
    ['a typed field', value('tracks', ['data'], 'event streams'), answer, said, false],
    [
      'said apart from the answer',
      value('affiliation', 'Acme', 'from Acme'),
      value('talk_title', 'Ada', 'Ada'),
      'Ada from Acme',
      false,
    ],
  ])('%s', (_, other, ans, utterance, expected) => {
    expect(isGuessInside(other, ans, [title], utterance, fields)).toBe(expected);
  });
});
