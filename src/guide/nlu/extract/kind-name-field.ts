import type { Field } from '../../../core/wizard/definition.js';
import { kindNamed } from './kind-named.js';
import { isOwnNameField, namedThing } from './name-fields.js';
import { isEntityNameField } from './offered-entity.js';
import { contentStems, stem } from './normalize.js';
import type { Candidate } from './types.js';

/** Which name field takes a name said after its kind word ("our beagle Rosie" → `pet_name`). Pure. */

/**
 * The field a name said after its kind word goes to: a text field naming a thing of its own (`pet_name`,
 * "Sidekick name"; not "Your name" nor a bare "Full name", which hold the speaker's name) — the one whose
 * name, label or description holds the kind word, else the only such field unless the kind word names
 * another field ("the album Badlands" for an `album` field). Null when none or several fit.
 */
export function kindNameField(fields: Field[], kind: string): Field | null {
  const named = fields.filter((f) => isEntityNameField(f) && !isOwnNameField(f) && namedThing(f).length > 0);
  const k = stem(kind);
  const fits = named.filter((f) =>
    contentStems(`${namedThing(f).join(' ')} ${f.description ?? ''}`).includes(k),
  );
  if (fits.length === 1) return fits[0]!;
  // "the album Badlands": a kind that names another field of its own is that field's, not this name's
  const ownField = fields.some(
    (f) => !named.includes(f) && contentStems(`${f.name.replace(/_/g, ' ')} ${f.label}`).includes(k),
  );
  return named.length === 1 && !ownField ? named[0]! : null;
}

/**
 * Words of a text field's name or label that make it hold the kind of a thing ("Breed", "Species or
 * breed", "animal type"). A small list: such fields are named with one of these words.
 */
const KIND_FIELD = /\b(?:breed|breeds|species|kind|type|variety|animal)\b/;

/** Whether `word` is an option (value, label or synonym word) of a choice field among `fields`. */
function isOptionWord(word: string, fields: Field[]): boolean {
  const w = stem(word);
  return fields.some((f) =>
    (f.options ?? []).some((o) =>
      contentStems([o.value, o.label, ...(o.synonyms ?? [])].join(' ')).includes(w),
    ),
  );
}

/**
 * The text field that takes the kind word of a kind-named name ("lab" of "my lab Moose"): the only
 * unfilled one named for a kind (`KIND_FIELD`) that is no name field. None when the kind word is an
 * option of a choice field ("a cat named Biscuit": the species option says it).
 */
function kindField(fields: Field[], kind: string): Field | null {
  if (isOptionWord(kind, fields)) return null;
  const kinds = fields.filter(
    (f) =>
      f.type === 'text' &&
      !isEntityNameField(f) &&
      KIND_FIELD.test(`${f.name.replace(/_/g, ' ')} ${f.label}`.toLowerCase()),
  );
  return kinds.length === 1 ? kinds[0]! : null;
}

/**
 * Candidates from a name said after its kind word: the name for its field (`kindNameField`, 0.8) and the
 * kind word for the field of kinds (`kindField`, 0.75), spans the words each took. Empty when no name is
 * said after a kind word or no name field fits.
 */
export function kindNameCandidates(utterance: string, fields: Field[]): Candidate[] {
  const hit = kindNamed(utterance);
  const field = hit ? kindNameField(fields, hit.kind) : null;
  if (!hit || !field) return [];
  const out: Candidate[] = [
    { field: field.name, value: hit.name, confidence: 0.8, extractor: 'kind-name', span: hit.span },
  ];
  const kinds = kindField(fields, hit.kind);
  if (kinds)
    out.push({
      field: kinds.name,
      value: hit.kind,
      confidence: 0.75,
      extractor: 'kind-word',
      span: hit.kind,
    });
  return out;
}
