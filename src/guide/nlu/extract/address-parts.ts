import type { Field } from '../../../core/wizard/definition.js';
import type { Candidate } from './types.js';
import { asksSuburb } from './suburb-of-address.js';
import { saidAddress } from './street-address.js';
import { textKind } from './text-kind.js';
import { normalize } from './normalize.js';

/**
 * "48 Lakeshore Rd E, Oakville, Ontario" to a form with a street field and a separate town field: the street
 * goes to the street field, the town to the town field, and the region (read by the option extractors for a
 * region select) to neither. Pure.
 */

/** Whether `field` holds the street of an address (not the town alone). */
function holdsStreet(field: Field): boolean {
  return field.type === 'text' && textKind(field) === 'address' && !asksSuburb(field);
}

/** Whether `phrase` is an option (its label, value or a synonym) of a select field among `fields`. */
function isOptionOf(fields: Field[]): (phrase: string) => boolean {
  const names = new Set(
    fields.flatMap((f) =>
      (f.options ?? []).flatMap((o) => [o.value, o.label, ...(o.synonyms ?? [])].map((x) => normalize(x))),
    ),
  );
  return (phrase) => names.has(normalize(phrase));
}

/**
 * Candidates for the one street field and the one town field among `fields` (open ones only: not in `out`)
 * from a street address said with its town; none when the form has no such pair or no such address is said.
 */
export function addressPartCandidates(utterance: string, fields: Field[], out: Candidate[]): Candidate[] {
  const streets = fields.filter(holdsStreet);
  const towns = fields.filter((f) => f.type === 'text' && asksSuburb(f));
  if (streets.length !== 1 || towns.length !== 1) return [];
  const said = saidAddress(utterance, isOptionOf(fields));
  if (!said) return [];
  const parts: Array<[Field, string]> = [
    [streets[0]!, said.street],
    [towns[0]!, said.town],
  ];
  return parts
    .filter(([f]) => !out.some((c) => c.field === f.name))
    .map(([f, value]) => ({
      field: f.name,
      value,
      confidence: 0.85,
      extractor: 'address-parts',
      span: value,
    }));
}
