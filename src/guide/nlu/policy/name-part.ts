import type { Field } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { isPersonNameField } from '../extract/text-kind.js';
import type { Candidate } from './plan.js';

/**
 * One part of a person's name given again, whatever is asked: "sorry my last name is Hardie" for "Tom
 * Hardy" → "Tom Hardie"; "my first name's Tomas" → "Tomas Hardy". Pure.
 */

/**
 * The speaker's own name part, then the new word(s). Documented word lists: the English names of the parts
 * ("surname", "last name", "family name", "first name", "given name", "forename") and the words that may
 * come between ("is", "'s", "should be", "actually", "really"). "her surname …" is someone else's.
 */
const PART =
  /(?:^|[\s,.;!—–-])(?:(?:my|the)\s+)?(surname|last\s+name|family\s+name|second\s+name|first\s+name|given\s+name|forename)(?:'s|’s|\s+is|\s+was|\s+should\s+be|:)\s+(?:(?:actually|really|just)\s+)?([\p{L}][\p{L}'-]+(?:\s+[\p{L}][\p{L}'-]+){0,2})/iu;

/** A field that holds one part of a name ("first_name", "Surname", "Family name"). */
const PART_FIELD = /\b(?:first|last|given|family|sur|fore|middle|second)[\s_]?name\b|\bsurname\b/i;

/** Words that are no name: "my surname is Hardie Sorry" keeps "Hardie"; "my last name is not …" is none. */
const NOT_NAME = /^(?:actually|really|sorry|please|thanks|btw|not|spelled|spelt|with|and|but)$/i;

/**
 * The answered person-name field with the part the words give replaced: the last word for a surname (added
 * when the name was one word), the first word for a first name. Null when the words give no name part,
 * another person's ("her surname"), the same part again, or the wizard has not exactly one person-name
 * field, answered and holding a whole name (two: it is not clear whose; a "Last name" field takes it itself).
 */
export function namePartFix(utterance: string, fields: Field[], snapshot: RunSnapshot): Candidate | null {
  const m = PART.exec(utterance.replace(/’/g, "'"));
  if (!m || /\b(?:her|his|their)\s+$/i.test(utterance.slice(0, m.index + 1))) return null;
  // the first word, and the capitalised words right after it ("Van Dyke")
  const [first, ...more] = m[2]!.split(/\s+/);
  if (!first || NOT_NAME.test(first)) return null;
  const rest = more.findIndex((w) => !/^\p{Lu}/u.test(w) || NOT_NAME.test(w));
  const said = [first, ...more.slice(0, rest < 0 ? more.length : rest)];
  // one whole-name field only: a wizard that asks the parts in fields of their own fills those instead
  const named = fields.filter(isPersonNameField);
  const whole = named.length === 1 && !PART_FIELD.test(`${named[0]!.name} ${named[0]!.label}`);
  const view = whole ? snapshot.fields.find((v) => v.name === named[0]!.name) : undefined;
  if (!view?.answered || typeof view.value !== 'string') return null;
  const field = named[0]!;
  const words = view.value.trim().split(/\s+/);
  const last = !/first|given|fore/i.test(m[1]!);
  if (!last && words.length < 2) return null;
  const value = last
    ? [...(words.length > 1 ? words.slice(0, -1) : words), ...said]
    : [...said, ...words.slice(1)];
  if (value.join(' ').toLowerCase() === words.join(' ').toLowerCase()) return null;
  return { field: field.name, value: value.join(' '), confidence: 0.9, extractor: 'name-part', span: m[2]! };
}
