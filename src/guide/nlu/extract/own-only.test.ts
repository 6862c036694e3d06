import { describe, expect, it } from 'vitest';
import { ownOnly } from './own-only.js';

describe('ownOnly', () => {
  it.each([
    ['just mine, and yep still driving it'],
    ['Just my car, and yes it drives fine'],
    ['only my own truck'],
    ['one, just mine.'],
    ['only mine'],
  ])('%j counts 1', (said) => expect(ownOnly(said)?.value).toBe(1));
  it.each([
    // guards: a person, an idiom, a list, someone's thing, no "just"/"only"
    ['just my wife'],
    ['just my luck'],
    ['only mine and his'],
    ['just my car and the truck'],
    ["just my dad's car"],
    ['mine is fine'],
    ['nothing, just me'],
  ])('%j counts nothing', (said) => expect(ownOnly(said)).toBeNull());
});
