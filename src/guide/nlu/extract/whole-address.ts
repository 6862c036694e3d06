import type { Field } from '../../../core/wizard/definition.js';
import type { Candidate } from './types.js';
import { asksSuburb } from './suburb-of-address.js';
import { saidAddress } from './street-address.js';
import { textKind } from './text-kind.js';

/**
 * A street address said with its place, for the one field of a form that takes a whole address: "3 Wellington
 * St, Launceston" said while the guide asks the preferred days fills the pickup address, "pick me up from
 * work, 200 Adelaide St, Brisbane City" gives "200 Adelaide St, Brisbane City". Forms that ask the street and
 * the town apart are read by `addressPartCandidates`. Pure.
 */

/** Whether `field` takes a whole address: a text field of the address kind that asks no suburb alone. */
function takesAddress(field: Field): boolean {
  return field.type === 'text' && textKind(field) === 'address' && !asksSuburb(field);
}

/**
 * The candidate (0.85, extractor `street-address`) for the one whole-address field among `fields` not in
 * `out`: the street and the place after it as said (`saidAddress`). None when the form has no such field,
 * several, or a separate suburb or town field, or when no street with its place is said.
 */
export function wholeAddressCandidates(utterance: string, fields: Field[], out: Candidate[]): Candidate[] {
  const takers = fields.filter(takesAddress);
  if (takers.length !== 1 || fields.some((f) => f.type === 'text' && asksSuburb(f))) return [];
  const field = takers[0]!;
  if (out.some((c) => c.field === field.name)) return [];
  const said = saidAddress(utterance);
  if (!said) return [];
  const start = utterance.indexOf(said.street);
  const placeAt = utterance.indexOf(said.place, start + said.street.length);
  if (start < 0 || placeAt < 0) return [];
  const span = utterance.slice(start, placeAt + said.place.length);
  return [{ field: field.name, value: span, confidence: 0.85, extractor: 'street-address', span }];
}

/**
 * Whether `c`, a choice of a select field, was read only from words inside `span` (said once in `utterance`):
 * "Victoria" of "88 Albany Highway, Victoria Park" chose the state from a place's name.
 */
export function wordsOnlyIn(c: Candidate, span: string, utterance: string, fields: Field[]): boolean {
  const field = fields.find((f) => f.name === c.field);
  if (!field || (field.type !== 'single_select' && field.type !== 'multi_select') || !c.span) return false;
  const lower = utterance.toLowerCase();
  const word = c.span.toLowerCase();
  return span.toLowerCase().includes(word) && lower.indexOf(word) === lower.lastIndexOf(word);
}
