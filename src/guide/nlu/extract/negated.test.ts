import { describe, expect, it } from 'vitest';
import { negatedAt, negatedWords, setAsideAt, withoutNegatedDegree } from './negated.js';
import { extractForField } from './for-field.js';
import { ctx, field } from './test-helpers.js';

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

describe('a negated or softened intensity is a negation (degree words between)', () => {
  const urgency = field('urgency', 'single_select', {
    label: 'How urgent is it?',
    opts: [
      ['urgent', 'Urgent'],
      ['soon', 'Within a week'],
      ['routine', 'Not urgent'],
    ],
  });
  const level = field('level', 'single_select', {
    label: 'Urgency',
    opts: [
      ['emergency', 'Emergency'],
      ['urgent', 'Urgent'],
      ['standard', 'Standard'],
    ],
  });
  it.each<[string, typeof urgency, string | undefined]>([
    ['not super urgent', urgency, 'routine'],
    ['not really urgent', urgency, 'routine'],
    ['not that urgent at all', urgency, 'routine'],
    ["honestly it's not all that urgent", urgency, 'routine'],
    ['not super urgent', level, undefined],
    ['not very urgent tbh', level, undefined],
    // guard rows: the stressed word said plainly still chooses it
    ['super urgent', urgency, 'urgent'],
    ["it's really urgent", level, 'urgent'],
    ['not urgent', urgency, 'routine'],
  ])('%s → %s', (text, f, value) => {
    expect(extractForField(text, f, ctx)?.value).toBe(value);
  });

  it.each<[string, string]>([
    ['not super urgent', 'not urgent'],
    ["it's not really that urgent", "it's not urgent"],
    // guard rows
    ['not that one', 'not that one'],
    ['super urgent', 'super urgent'],
  ])('withoutNegatedDegree(%s) → %s', (text, expected) => {
    expect(withoutNegatedDegree(text)).toBe(expected);
  });
});
