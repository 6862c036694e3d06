import type { Field } from '../../../core/wizard/definition.js';
import { isThingNameField, namedThing } from './name-fields.js';
import { relationNamed } from './relation-named.js';

/**
 * Whose phone number it is: one said after a person named with their relation ("my husband Declan Kelly,
 * 086 765 4321", "My wife, Ngozi Okafor. Her number is 07911 765432") is that person's, and goes to the
 * phone field that belongs with the other person's name field ("Emergency contact phone" beside "Emergency
 * contact name"), not the speaker's own. Pure.
 */

/** Words of a phone field's name and label that only say "a phone": "mobile number", "tel". */
const PHONE_WORDS = new Set('phone phones number numbers mobile cell tel telephone no'.split(' '));

/**
 * The phone field of `fields` that belongs with another person's name field (`isThingNameField`): it shares
 * a word besides phone words with that field ("emergency", "contact"). Undefined when none or several do.
 */
export function othersPhoneField(phoneFields: Field[], fields: Field[]): Field | undefined {
  const others = fields.filter((f) => f.type === 'text' && isThingNameField(f)).flatMap(namedThing);
  const hits = phoneFields.filter((p) =>
    namedThing(p).some((w) => !PHONE_WORDS.has(w) && others.includes(w)),
  );
  return hits.length === 1 ? hits[0] : undefined;
}

/**
 * The phone field a number at `index` of `utterance` belongs to when it follows a person named with their
 * relation (`relationNamed`) in that utterance: the other person's (`othersPhoneField`). Undefined when no
 * relation-named person comes before it, or no such field exists.
 */
export function relationsPhoneField(
  utterance: string,
  index: number,
  phoneFields: Field[],
  fields: Field[],
): Field | undefined {
  if (phoneFields.length < 2) return undefined;
  const rel = relationNamed(utterance);
  const at = rel ? utterance.indexOf(rel.span) : -1;
  if (!rel || at < 0 || at + rel.span.length > index) return undefined;
  return othersPhoneField(phoneFields, fields);
}
