import type { Field } from '../../../core/wizard/definition.js';
import { saidAddress } from './street-address.js';

/**
 * The suburb (or town, city) of a street address said to a field that asks for the suburb only: "Unit 3/22
 * Beach Rd, Coogee 2034" → "Coogee 2034", "455 Ellice Ave Winnipeg MB" → "Winnipeg". Pure.
 *
 * Reads: a field whose name or label names a suburb, town, city or locality and no street or address, and an
 * utterance with a street address followed by its place (`saidAddress`). The region and postcode said with
 * the town are kept when the field asks for them too ("Suburb and postcode"). Leaves alone: a line with no
 * street ("Glebe 2037"), and fields that take the whole address.
 */

const SUBURB_FIELD = /\b(?:suburb|town|city|locality|municipality)\b/i;
const ADDRESS_FIELD = /\b(?:street|address|addr)\b/i;
/** Words of a field that asks for the region or postcode with the town. */
const WITH_REGION = /\b(?:postcode|post code|zip|postal|state|province|region)\b/i;

const fieldWords = (field: Field) => `${field.name.replace(/_/g, ' ')} ${field.label}`;

/** Whether `field` asks for the suburb, town or city alone. */
export function asksSuburb(field: Field): boolean {
  const words = fieldWords(field);
  return SUBURB_FIELD.test(words) && !ADDRESS_FIELD.test(words);
}

/** The place after the street of an address said in `utterance`, or null (see the file comment). */
export function suburbOfAddress(utterance: string, field: Field): { value: string; span: string } | null {
  if (!asksSuburb(field)) return null;
  const said = saidAddress(utterance);
  if (!said) return null;
  const value = WITH_REGION.test(fieldWords(field)) ? said.place : said.town;
  return { value, span: value };
}
