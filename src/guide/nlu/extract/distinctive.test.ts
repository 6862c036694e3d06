import { describe, expect, it } from 'vitest';
import { distinctiveOptionCandidates } from './distinctive.js';
import { field } from './test-helpers.js';
import type { Candidate } from './types.js';

const fields = [
  field('speaker', 'single_select', {
    opts: [
      ['kitchen', 'Kitchen speaker'],
      ['bedroom', 'Bedroom speaker'],
      ['living', 'Living room speaker'],
    ],
  }),
  field('cabin_class', 'single_select', {
    opts: [
      ['eco', 'Economy'],
      ['premium', 'Premium Economy'],
      ['first', 'First class'],
    ],
  }),
  field('captions', 'single_select', {
    opts: [
      ['en', 'English'],
      ['fr', 'French'],
      ['none', 'None'],
    ],
  }),
];

function read(utterance: string, out: Candidate[] = []): Record<string, unknown> {
  distinctiveOptionCandidates(utterance, fields, out);
  return Object.fromEntries(out.map((c) => [c.field, c.value]));
}

describe('distinctiveOptionCandidates', () => {
  it.each([
    ['put it on the kitchen device', { speaker: 'kitchen' }],
    ['play it in the living room please', { speaker: 'living' }],
    ['a premium seat if possible', { cabin_class: 'premium' }],
    ['we will watch it without captions', { captions: 'none' }],
    ['no captions, thanks', { captions: 'none' }],
  ])('%s', (utterance, expected) => expect(read(utterance)).toEqual(expected));

  it.each([
    'the first flight in the morning', // an ordinal is no option word
    'a speaker that sounds good', // a word every option shares
    'economy please', // a one-word label is matched verbatim elsewhere
  ])('nothing in "%s"', (utterance) => expect(read(utterance)).toEqual({}));

  it('leaves a word another value used, and fields already filled', () => {
    const taken: Candidate = {
      field: 'room',
      value: 'Kitchen',
      confidence: 0.8,
      extractor: 'x',
      span: 'the kitchen',
    };
    expect(read('the kitchen', [taken])).toEqual({ room: 'Kitchen' });
  });
});

describe('distinctive words of long and amount labels', () => {
  const jobs = [
    field('role', 'single_select', {
      opts: [
        ['ops', 'Office & Operations Coordinator'],
        ['designer', 'Product Designer'],
      ],
    }),
    field('salary', 'single_select', {
      opts: [
        ['low', 'Under $40,000'],
        ['high', '$100,000+'],
      ],
    }),
  ];
  const readJobs = (utterance: string) => {
    const out: Candidate[] = [];
    distinctiveOptionCandidates(utterance, jobs, out);
    return Object.fromEntries(out.map((c) => [c.field, c.value]));
  };
  it.each([
    ['is the office in Portland Oregon or Portland Maine?', {}],
    ['I stay calm under pressure', {}],
    ['the office coordinator job', { role: 'ops' }],
    ['I love product work', {}],
  ])('%s', (utterance, expected) => expect(readJobs(utterance)).toEqual(expected));
});
