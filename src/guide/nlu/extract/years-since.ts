import type { Field } from '../../../core/wizard/definition.js';
import type { Candidate } from './types.js';
import { findNumberMentions } from './numbers.js';
import { isYearShaped } from './year-answer.js';
import { fieldUnit } from './field-unit.js';
import { inFieldRange } from './field-range.js';
import { contentStems, inflectedAlike } from './normalize.js';
import { RELATIONS } from './relation-named.js';

/**
 * An age in years answered by the year something happened: "we had the roof redone in 2012", "put on in
 * 2019" for "Roof age (years)" said in 2026 → 14, 7. The field is a number measured in years (`fieldUnit`)
 * whose name, label or description speaks of an age ("age", "how old", "years since", "ago"); a count of
 * years of something else ("Years of experience") keeps the number as said. The year is the last number said
 * (a year after "20 years old. wait no, it was redone in 2016" corrects it), from 1900 to the current year.
 */

const AGE_WORDS = /\b(?:age|aged|old|since|ago)\b/i;

/** Whether `field` holds how many years old something is (see the file comment). */
export function isAgeInYears(field: Field): boolean {
  if (fieldUnit(field)?.name !== 'year') return false;
  return AGE_WORDS.test(`${field.name.replace(/_/g, ' ')} ${field.label} ${field.description ?? ''}`);
}

/** The years since the last number said when it is a past year, for an age field, or null. */
export function yearsSince(
  utterance: string,
  field: Field,
  referenceDate: Date,
): { value: number; span: string } | null {
  if (field.type !== 'number' || !isAgeInYears(field)) return null;
  const last = findNumberMentions(utterance).at(-1);
  const now = referenceDate.getFullYear();
  if (!last || !isYearShaped(last, { min: 1900, max: now })) return null;
  const value = now - last.value;
  return inFieldRange(field, value) ? { value, span: last.span } : null;
}

/** Stems of an age field's own thing: "roof" for "Roof age (years)"; none for "Age (years)". */
const thingStems = (field: Field) =>
  contentStems(`${field.name.replace(/_/g, ' ')} ${field.label}`).filter((s) => !/^(?:age|year|old)/.test(s));

/** Who may be said to be an age ("I'm 71", "he's 9"): the relation nouns, and people and animals by role. */
const BEINGS = new Set(
  [
    ...RELATIONS,
    ...['person', 'camper', 'guest', 'student', 'patient', 'applicant', 'member', 'participant', 'player'],
    ...['owner', 'parent', 'guardian', 'adult', 'client', 'customer', 'driver'],
    ...['pet', 'dog', 'cat', 'animal', 'horse'],
  ].flatMap((w) => contentStems(w)),
);

/**
 * Whether `field` is the age of a thing ("Roof age (years)", "vehicle_age"), not of a person or an animal
 * ("Age (years)", "child_age", "Dog's age"): a person's own age ("I'm 71", "Dorothy, 71") never fills it.
 */
export function agesThing(field: Field): boolean {
  return isAgeInYears(field) && thingStems(field).some((s) => !BEINGS.has(s));
}

/** The agent asked how old something is: "roughly how old is it?", "the age of the roof". */
const ASKS_AGE = /\b(?:how old|age)\b/i;

/**
 * Appends to `out` a candidate (`years-since`, 0.75) for the one age field whose thing is named with a past
 * year, by the utterance ("the roof was redone in 2012" for "Roof age (years)") or by the agent's question
 * of how old it is ("What is the roof made of and how old is it?" → "metal, put on in 2001"); nothing when
 * several fit.
 */
export function yearsSinceCandidates(
  utterance: string,
  fields: Field[],
  referenceDate: Date,
  out: Candidate[],
  agentUtterance = '',
): void {
  const said = contentStems(utterance);
  const asked = ASKS_AGE.test(agentUtterance) ? contentStems(agentUtterance) : [];
  const names = (f: Field) =>
    thingStems(f).some((t) => [...said, ...asked].some((s) => inflectedAlike(s, t, 4)));
  const named = fields.filter((f) => !out.some((c) => c.field === f.name) && isAgeInYears(f) && names(f));
  if (named.length !== 1) return;
  const m = yearsSince(utterance, named[0]!, referenceDate);
  if (m)
    out.push({
      field: named[0]!.name,
      value: m.value,
      confidence: 0.75,
      extractor: 'years-since',
      span: m.span,
    });
}
