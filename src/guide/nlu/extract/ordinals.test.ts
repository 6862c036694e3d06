import { describe, expect, it } from 'vitest';
import { findOrdinal } from './ordinals.js';

describe('findOrdinal', () => {
  it.each([
    ['the second one', 1],
    ['the last one', 2],
    ['number 3', 2],
    ['3rd', 2],
  ])('%s → index %d of 3', (utterance, index) => {
    expect(findOrdinal(utterance, 3)?.index).toBe(index);
  });

  it.each(['March 1st 2027', 'on the 2nd of May'])('reads no ordinal in the date %j', (utterance) => {
    expect(findOrdinal(utterance, 3)).toBeNull();
  });
});

describe('ordinal words in ordinary phrases', () => {
  it.each(["yep it's his first time", 'our second visit this year'])(
    '%s is no list position',
    (utterance) => {
      expect(findOrdinal(utterance, 3)).toBeNull();
    },
  );
  it.each([
    ['second', 1],
    ['first one please', 0],
  ])('%s → index %d', (utterance, index) => {
    expect(findOrdinal(utterance, 3)?.index).toBe(index);
  });
});

describe('the top one of a list', () => {
  it.each<[string, number | null]>([
    ['the top one', 0],
    ['top option please', 0],
    // must not change: "top" without "one" is no position
    ['that is my top priority', null],
  ])('%s', (utterance, expected) => {
    expect(findOrdinal(utterance, 4)?.index ?? null).toBe(expected);
  });
});
