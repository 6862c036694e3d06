import { describe, expect, it } from 'vitest';
import { negatedAt, negatedWords, setAsideAt } from './negated.js';

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
    ['birds dont really get shots do they', 22, true],
    ["he doesn't need a bath", 18, true],
    // GUARD: a verb said without negation, or a negation of another verb
    ['birds get shots', 10, false],
    ["i don't know, shots", 14, false],
  ])('%s at %d', (text, start, expected) => expect(negatedAt(text, start)).toBe(expected));
});

describe('setAsideAt', () => {
  const at = (text: string, word: string) => text.lastIndexOf(word);
  it.each([
    ['put townhouse instead of apartment', 'apartment', true],
    ['put townhouse instead of apartment', 'townhouse', false],
    ['cats rather than dogs', 'dogs', true],
    ['townhouse, not the apartment', 'apartment', true],
    ['a flat in place of the house', 'house', true],
    ['no dogs, just cats', 'dogs', true],
    ['an apartment, I think', 'apartment', false],
    ["I don't want to do a workshop", 'workshop', true],
    ['we do not need the deep clean', 'deep clean', true],
    ["I'd rather not have a window seat", 'window seat', true],
    ['I no longer want the premium plan', 'premium plan', true],
    ['don’t want a lightning talk', 'lightning talk', true],
    ['I want to do a workshop', 'workshop', false],
    ["I don't know, maybe a workshop", 'workshop', false],
    ["we don't need much, a small room", 'small room', false],
  ])('%s at %s', (text, word, expected) => expect(setAsideAt(text, at(text, word))).toBe(expected));
});
