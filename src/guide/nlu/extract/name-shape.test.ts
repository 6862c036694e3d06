import { describe, expect, it } from 'vitest';
import { givesName, looksLikeGivenName, looksLikeName } from './name-shape.js';

describe('looksLikeName', () => {
  it.each([
    'Ada Lovelace',
    'lucía fernández',
    'Ahmed Al-Sayed',
    'María de la Cruz',
    'Ludwig van Beethoven',
    'Herman the Helper',
    "Liam O'Sullivan",
    'mei lin zhao',
    'J. R. R. Tolkien',
    'Keiko Tanaka',
    'April Ludgate',
    'June Carter',
  ])('%s reads as a name', (v) => expect(looksLikeName(v)).toBe(true));

  it.each([
    'yes its fenced',
    'all clear',
    'two cats',
    'ok understood',
    'dont have one',
    'product designer',
    'Oi',
    'Canadian',
    'here',
    'is it Portland?',
    'Keiko Tanaka / /',
    'a b c d e f',
    'May',
    'june tenth',
    'March 3',
  ])('%s does not', (v) => expect(looksLikeName(v)).toBe(false));
});

describe('givesName', () => {
  it.each([
    ['call it Biscuit Two', true],
    ['actually call her Juno', true],
    ['rename it to Echo 2', true],
    ['the number on it is DU4417823', false],
    ['call me tomorrow', false],
  ])('%s → %s', (u, v) => expect(givesName(u)).toBe(v));
});

describe("looksLikeGivenName (a thing's name said alone when asked)", () => {
  it.each([
    'ziggy',
    'Ziggy',
    'lucky',
    'fluffy',
    'sparky',
    'whiskers',
    'scout',
    'ace',
    'bramble',
    'mr biscuit',
    'Sir Waffles',
    'captain ziggy',
  ])('%s reads as a name given', (v) => expect(looksLikeGivenName(v)).toBe(true));
  it.each([
    'hmm',
    'yes',
    'no',
    'ok',
    'sure',
    'fine',
    'great',
    'maybe',
    'not sure',
    'idk',
    'dunno',
    'no idea',
    'sounds good',
    'hello',
    'hi there',
    'thanks',
    'thinking',
    'what?',
    'who is asking',
    'skip',
    'later',
    'same',
    'sorry',
    'wait',
    'er',
    'tomorrow',
    'two',
    'the big one',
    'well um',
  ])('%s does not', (v) => expect(looksLikeGivenName(v)).toBe(false));
});
