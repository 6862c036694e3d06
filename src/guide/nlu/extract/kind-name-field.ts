import type { Field } from '../../../core/wizard/definition.js';
import { kindNamed } from './kind-named.js';
import { isOwnNameField } from './names.js';
import { isEntityNameField } from './offered-entity.js';
import { contentStems, stem } from './normalize.js';
import type { Candidate } from './types.js';

/** Which name field takes a name said after its kind word ("our beagle Rosie" → `pet_name`). Pure. */

/** Words of a name field's name and label that say only "a name", not whose: "full name", "Your name". */
const NAME_WORDS = new Set(['name', 'names', 'full', 'first', 'last', 'given', 'family', 'surname', 'your']);

/** The words of a field's name and label that say what it names ("pet", "sidekick"), lowercase. */
function namedThing(field: Field): string[] {
  return `${field.name.replace(/_/g, ' ')} ${field.label}`
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w && !NAME_WORDS.has(w));
}

/**
 * The field a name said after its kind word goes to: a text field naming a thing of its own (`pet_name`,
 * "Sidekick name"; not "Your name" nor a bare "Full name", which hold the speaker's name) — the one whose
 * name, label or description holds the kind word, else the only such field. Null when none or several fit.
 */
export function kindNameField(fields: Field[], kind: string): Field | null {
  const named = fields.filter((f) => isEntityNameField(f) && !isOwnNameField(f) && namedThing(f).length > 0);
  const k = stem(kind);
  const fits = named.filter((f) =>
    contentStems(`${namedThing(f).join(' ')} ${f.description ?? ''}`).includes(k),
  );
  if (fits.length === 1) return fits[0]!;
  return named.length === 1 ? named[0]! : null;
}

/**
 * The candidate for the field a kind-named name goes to (`kindNameField`), 0.8; null when no name is said
 * after a kind word or no field fits.
 */
export function kindNameCandidate(utterance: string, fields: Field[]): Candidate | null {
  const hit = kindNamed(utterance);
  const field = hit ? kindNameField(fields, hit.kind) : null;
  if (!hit || !field) return null;
  return { field: field.name, value: hit.name, confidence: 0.8, extractor: 'kind-name', span: hit.span };
}
