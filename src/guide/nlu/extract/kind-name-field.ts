import type { Field } from '../../../core/wizard/definition.js';
import { kindNamed } from './kind-named.js';
import { relationNamed } from './relation-named.js';
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
 * kind word for the field of kinds (`kindField`, 0.75), spans the words each took; else a person named with
 * their relation (`relationNameCandidates`). Empty when no name is said so or no name field fits.
 */
export function kindNameCandidates(utterance: string, fields: Field[]): Candidate[] {
  const hit = kindNamed(utterance);
  const field = hit ? kindNameField(fields, hit.kind) : null;
  if (!hit || !field) return relationNameCandidates(utterance, fields);
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

/** Words of a name field that make it another person's: "Emergency contact name", "Partner's name", "Child's name". */
const PERSON_ROLES = new Set(
  (
    'emergency contact partner spouse kin guardian parent child kid son daughter student patient guest ' +
    'attendee passenger traveller traveler recipient referee reference speaker co second other'
  ).split(' '),
);

/** Relation nouns of a child of the speaker's ("my son", "our daughter", "my 9 year old boy"). */
const CHILD_RELATIONS = new Set(
  (
    'son daughter kid child boy girl baby toddler teen teenager stepson stepdaughter godson goddaughter ' +
    'grandson granddaughter grandchild grandkid'
  ).split(' '),
);
/** Words of a name field that make it a child's: "Child's first name", "kid_name". */
const CHILD_WORDS = new Set('child kid son daughter minor'.split(' '));
/** Words of a name field that make it hold the last part of a name ("child_last_name", "Surname"). */
const LAST_PART = /\b(?:last|family|sur)\s?name\b/;

/**
 * The field of a child's name that a child's relation noun ("son: diego", "my daughter Mia") goes to when
 * no field's words hold the noun itself: the only name field (of a thing or another person, not the
 * speaker's) whose words say a child, or, when the child's name has a first-name and a last-name field,
 * the first-name one. Null when the relation is no child's, or none or several fit.
 */
function childNameField(fields: Field[], relation: string): Field | null {
  if (!CHILD_RELATIONS.has(relation)) return null;
  const words = (f: Field) => `${f.name.replace(/_/g, ' ')} ${f.label}`.toLowerCase();
  const fits = fields.filter(
    (f) =>
      isEntityNameField(f) &&
      !isOwnNameField(f) &&
      namedThing(f).some((w) => CHILD_WORDS.has(w)) &&
      !LAST_PART.test(words(f)),
  );
  return fits.length === 1 ? fits[0]! : null;
}

/**
 * A person named with their relation ("my dad, Iain MacLeod", "mum, Karen Reid", "wife Carys"), for the
 * field of another person's name the relation fits (`kindNameField`: the only such field, or the one whose
 * words hold the relation; for a child, a child's name field, `childNameField`) when its words name a person
 * (`PERSON_ROLES`, or the relation itself), at 0.8. Empty when none is named or no field fits.
 */
function relationNameCandidates(utterance: string, fields: Field[]): Candidate[] {
  const rel = relationNamed(utterance);
  const field = rel ? (kindNameField(fields, rel.relation) ?? childNameField(fields, rel.relation)) : null;
  // "my son Leo loves dogs" names no pet: only a field of a person takes a relation's name
  if (!rel || !field || !namedThing(field).some((w) => PERSON_ROLES.has(w) || w === rel.relation)) return [];
  return [
    { field: field.name, value: rel.name, confidence: 0.8, extractor: 'relation-name', span: rel.span },
  ];
}
