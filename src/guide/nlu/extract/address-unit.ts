import type { Field } from '../../../core/wizard/definition.js';
import type { Candidate } from './types.js';
import { asksSuburb } from './suburb-of-address.js';
import { saidAddress } from './street-address.js';
import { textKind } from './text-kind.js';

/**
 * The unit, flat or apartment of an address ("Unit 5, 88 Victoria Street", "it's flat 2", "3/17 Dominion
 * Road"), for a form that asks it in a text field of its own beside the street address. Pure.
 */

/** The words that name a dwelling inside a building, in a field's name or label and in speech. */
const DWELLING = String.raw`unit|flat|apartment|apt|suite`;
const NAMES_DWELLING = new RegExp(String.raw`\b(?:${DWELLING})\b`, 'i');
/** "Flat 2", "unit 3B", "Apartment #1204", "apt. 4". */
const SAID_DWELLING = new RegExp(
  String.raw`\b(?:${DWELLING})\.?\s*(?:no\.?\s*|number\s*|#\s*)?(\d+[a-z]?)\b`,
  'i',
);
/** "3/17 Dominion Road": the unit before the slash of a street number. */
const SLASHED = /^(\d+[a-z]?)\s?\/\s?\d/i;

/** The extractor name of a unit read by `addressUnitCandidates`. */
const EXTRACTOR = 'address-unit';

/**
 * Whether `c` is a unit read inside a street address ("Flat 6, 210 Symonds Street"): its words are the
 * address's too, so the address said with them is still an answer of its own.
 */
export function isUnitOfAddress(c: Candidate): boolean {
  return c.extractor === EXTRACTOR;
}

/**
 * Whether `field` holds the unit of an address: a text field whose name or label names a dwelling and no
 * street ("Unit or flat number", not "Street address and unit").
 */
function holdsUnit(field: Field): boolean {
  const named = `${field.name.replace(/_/g, ' ')} ${field.label}`;
  return field.type === 'text' && NAMES_DWELLING.test(named) && !/\b(?:address|street)\b/i.test(named);
}

/** Whether `field` holds a street address (not the town alone, nor the unit). */
function holdsStreet(field: Field): boolean {
  return field.type === 'text' && textKind(field) === 'address' && !asksSuburb(field) && !holdsUnit(field);
}

/**
 * A candidate for the one open unit field among `fields` (not in `out`) when the form also has a street
 * address field: the dwelling said with its number ("Flat 6" → "Flat 6") or the unit before a slashed street
 * number ("3/17 Dominion Road" → "3"). None for a number said without a dwelling word or a slash in a street
 * address with its town ("17 Dominion Road", "2/3 of a flat"), nor when the form has no address field or two unit fields.
 */
export function addressUnitCandidates(utterance: string, fields: Field[], out: Candidate[]): Candidate[] {
  const units = fields.filter(holdsUnit);
  if (units.length !== 1 || !fields.some(holdsStreet)) return [];
  const unit = units[0]!;
  if (out.some((c) => c.field === unit.name)) return [];
  const said = SAID_DWELLING.exec(utterance);
  if (said) {
    const value = said[0].replace(/^\p{Ll}/u, (c) => c.toUpperCase());
    return [{ field: unit.name, value, confidence: 0.85, extractor: EXTRACTOR, span: said[0] }];
  }
  const slashed = SLASHED.exec(saidAddress(utterance)?.street ?? '');
  if (slashed)
    return [
      { field: unit.name, value: slashed[1]!, confidence: 0.8, extractor: EXTRACTOR, span: slashed[1]! },
    ];
  return [];
}
