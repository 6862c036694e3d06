import { describe, expect, it } from 'vitest';
import { laterSentences } from './later-sentences.js';

describe('laterSentences', () => {
  it.each([
    ['bigger than I said, more like 60k. and yes you can contact me', '60k', 'and yes you can contact me'],
    ['around 12k! Start in May. Thanks', '12k', 'Start in May. Thanks'],
    ['the 4th. No phone please', 'the 4th', 'No phone please'],
  ])('%s (value %s) → %s', (words, span, rest) => expect(laterSentences(words, span)).toBe(rest));

  it.each([
    ['bigger than I said, more like 60k', '60k'], // one sentence
    ['about 60k, and yes you can contact me', '60k'], // the rest is in the value's sentence
    ['around 12k. Start in May', '15k'], // the span is not in the words
    ['around 12k. Start in May', undefined],
  ])('guard — %s (value %s) has no later sentence', (words, span) =>
    expect(laterSentences(words, span)).toBe(''),
  );
});
