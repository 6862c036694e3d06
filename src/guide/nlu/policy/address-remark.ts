import type { Field } from '../../../core/wizard/definition.js';
import { isKnownWord } from '../extract/known-word.js';
import { STOPWORDS } from '../extract/normalize.js';
import { textKind } from '../extract/text-kind.js';
import type { Candidate } from './plan.js';

/**
 * A remark left beside another answer is no address: "single lesson for now, just want to try it out" gives
 * the package and leaves "for now, just want to try it out", and "the test package please, her test is coming
 * up" leaves "please, her test is coming up" — words with no number and no proper name, which name no place.
 * Pure.
 */

/** Whether a word may name a place: capitalised, and past the first word or no word of the language ("Glebe"). */
function placeWord(word: string, first: boolean): boolean {
  const bare = word.replace(/[^\p{L}'’-]+/gu, '');
  if (!/^\p{Lu}/u.test(bare) || bare === 'I') return false;
  const lower = bare.toLowerCase();
  return !first || (!STOPWORDS.has(lower) && !isKnownWord(lower));
}

/**
 * Whether `c` answers a text field that holds an address (`textKind` "address": a street, a pickup address)
 * with words that hold no digit and no word that may name a place (no house number, street or place name):
 * "please, her test is coming up". False for any other field and for "27 Banksia Crescent", "Darwin High
 * School, Fannie Bay", "Glebe".
 */
export function isPlainRemarkForAddress(c: Candidate, fields: Field[]): boolean {
  const field = fields.find((f) => f.name === c.field);
  if (!field || field.type !== 'text' || textKind(field) !== 'address') return false;
  const words = String(c.value).split(/\s+/).filter(Boolean);
  return !words.some((w, i) => /\d/.test(w) || placeWord(w, i === 0));
}
