import { LruMap } from '../../core/lru-map.js';
import { escapeRegExp } from './extract/normalize.js';

/**
 * A field's name as a pattern that forgives one slip of typing in its long words: "web adress", "email
 * adress", "phone numbr", "date of brith" name the Web address, Email address, Phone number and Date of
 * birth fields. Only phrases of two words or more are forgiven, and only their words of five letters or
 * more, each by one dropped letter (not the first), one doubled letter or two neighbouring letters swapped:
 * a single short word ("voice" → "vice") would name fields by accident. Pure.
 */

/** Fewest letters of a word whose slips are forgiven. */
const MIN_LETTERS = 5;

/** The word as said and its slips (see the file comment), as a regex alternation. */
function slips(word: string): string {
  if (word.length < MIN_LETTERS || !/^[a-z]+$/.test(word)) return escapeRegExp(word);
  const forms = new Set([word]);
  for (let i = 1; i < word.length; i++) {
    forms.add(word.slice(0, i) + word.slice(i + 1));
    forms.add(word.slice(0, i) + word[i] + word.slice(i));
    if (i < word.length - 1) forms.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  return `(?:${[...forms].sort((a, b) => b.length - a.length).join('|')})`;
}

const cache = new LruMap<string, string>(512);

/**
 * The regex source that matches `phrase` (lower case, words split by single spaces) as typed, with one slip
 * per long word when it has two words or more: "web address" → matches "web adress", "web addres"; "voice"
 * → matches "voice" only.
 */
export function typoPhrase(phrase: string): string {
  const cached = cache.get(phrase);
  if (cached !== undefined) return cached;
  const words = phrase.split(' ');
  const source = words.length < 2 ? escapeRegExp(phrase) : words.map(slips).join(' ');
  cache.set(phrase, source);
  return source;
}
