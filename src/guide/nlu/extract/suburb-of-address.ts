import type { Field } from '../../../core/wizard/definition.js';

/**
 * The suburb (or town, city) of a street address said to a field that asks for the suburb only: "Unit 3/22
 * Beach Rd, Coogee 2034" → "Coogee 2034". Pure.
 *
 * Reads: a field whose name or label names a suburb, town, city or locality and no street or address, and an
 * utterance with a house number, a street name and a street type ("Rd", "Street", "Ave" …) followed by a comma
 * and the capitalised place (with a state and postcode if said). Leaves alone: a line with no street ("Glebe
 * 2037"), and fields that take the whole address.
 */

const SUBURB_FIELD = /\b(?:suburb|town|city|locality)\b/i;
const ADDRESS_FIELD = /\b(?:street|address|addr)\b/i;
const STREET_TYPES =
  'rd|road|st|street|ave|avenue|pde|parade|dr|drive|ln|lane|cres|crescent|pl|place|hwy|highway|ct|court|tce|terrace|way|blvd|boulevard|cl|close|gr|grove';
/** "[Unit] 3/22 Beach Rd, " then the place: a capitalised run, a state and a postcode. */
const STREET_THEN_PLACE = new RegExp(
  String.raw`\d+[a-z]?(?:\s*/\s*\d+[a-z]?)?\s+(?:[A-Za-z'-]+\s+){1,3}(?:${STREET_TYPES})\.?\s*,\s*((?:[A-Z][a-zA-Z'-]*)(?:\s+[A-Z][a-zA-Z'-]*){0,2}(?:,?\s+(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT))?(?:,?\s+\d{4})?)`,
  'i',
);

/** Whether `field` asks for the suburb, town or city alone. */
export function asksSuburb(field: Field): boolean {
  const words = `${field.name.replace(/_/g, ' ')} ${field.label}`;
  return SUBURB_FIELD.test(words) && !ADDRESS_FIELD.test(words);
}

/** The place after the street of an address said in `utterance`, or null (see the file comment). */
export function suburbOfAddress(utterance: string, field: Field): { value: string; span: string } | null {
  if (!asksSuburb(field)) return null;
  const m = STREET_THEN_PLACE.exec(utterance);
  if (!m || !/^[A-Z]/.test(m[1]!)) return null;
  return { value: m[1]!.trim(), span: m[1]!.trim() };
}
