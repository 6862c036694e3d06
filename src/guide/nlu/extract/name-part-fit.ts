import type { Field } from '../../../core/wizard/definition.js';
import { isKnownForename } from './name-shape.js';
import { relationNamed } from './relation-named.js';
import { NO_WORDS, YES_WORDS } from '../yes-no-words.js';

/**
 * Whether words can be one part of a name (a first or a last name field's value): not a brand or an
 * abbreviation ("EpiPen", "ADHD"), not a yes or no with words after it ("yes, lactose intolerant"), and for
 * a last name, not another person's whole name ("Linda Barrett", "Sofia Reyes", "her grandfather, Venkat
 * Raman"). Pure.
 */

/** A field that holds one part of a person's name ("first_name", "Camper's last name", "Surname"). */
const PART_FIELD = /\b(?:first|last|given|family|middle|fore|sur)[\s_]?names?\b/i;
/** A field that holds the last part of a person's name ("child_last_name", "Family name", "Surname"). */
const LAST_FIELD = /\b(?:last|family|sur)[\s_]?names?\b/i;

/** A yes or a no opening the words, with more after it ("yes, lactose intolerant", "no, just eczema"). */
const OPENING_YES_NO = new RegExp(String.raw`^\W*(?:${YES_WORDS}|${NO_WORDS})\b[\s,.;:!-]+\S`, 'i');

/** Prefixes after which a capital inside a name is usual: "McDonald", "MacLeod", "DeVito", "LaRue", "DiMaggio". */
const INNER_CAPITAL_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz)$/;

/** Whether a word is written as an abbreviation ("ADHD") or a brand with a capital inside ("EpiPen", "iPad"). */
function isBrandOrAbbreviation(word: string): boolean {
  if (/^\p{Lu}{2,}$/u.test(word)) return true;
  const inner = /^(\p{L}+?)\p{Lu}/u.exec(word);
  return !!inner && /\p{Ll}/u.test(inner[1]!) && !INNER_CAPITAL_PREFIX.test(inner[1]!);
}

/** Whether `field` holds one part of a person's name, by its name or label. */
export function isNamePart(field: Field): boolean {
  return PART_FIELD.test(`${field.name.replace(/_/g, ' ')} ${field.label}`);
}

/**
 * Whether `value`, read from `utterance`, can be the value of the name-part field `field` (see the module
 * comment). True for any other field.
 */
export function fitsNamePart(value: string, field: Field, utterance: string): boolean {
  if (!isNamePart(field)) return true;
  const words = value.trim().split(/\s+/);
  if (words.some((w) => isBrandOrAbbreviation(w.replace(/[^\p{L}'’-]/gu, '')))) return false;
  // "yes, lactose intolerant": words after a yes or no answer a yes/no question, not a name one
  if (!/\p{Lu}/u.test(value) && OPENING_YES_NO.test(utterance)) return false;
  const last = LAST_FIELD.test(`${field.name.replace(/_/g, ' ')} ${field.label}`);
  // "Her grandfather, Venkat Raman, may also collect her": a whole name said with a relation is that person's
  return !(
    last &&
    words.length > 1 &&
    (isKnownForename(words[0]!) || relationNamed(utterance)?.name === value.trim())
  );
}
