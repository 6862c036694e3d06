import { describe, expect, it } from 'vitest';
import { negatedAt, negatedWords } from './negated.js';

describe('negatedWords', () => {
  it.each([
    ['house, no yard', ['yard']],
    ['House without a yard', ['yard']],
    ['not the townhouse', ['townhouse']],
    ["so it's not fully fenced", ['fenced']],
    ['a small courtyard but no fence', ['fence']],
    ['a house with a big yard', []],
    ['nothing else', []],
  ])('%s', (text, expected) => expect([...negatedWords(text)]).toEqual(expected));
});

describe('negatedAt', () => {
  it.each([
    ['no dogs, just cats', 3, true],
    ['no dogs, just cats', 14, false],
    ['without the air con', 12, true],
    ['cats and dogs', 9, false],
  ])('%s at %d', (text, start, expected) => expect(negatedAt(text, start)).toBe(expected));
});
