import type { Field } from '../../../core/wizard/definition.js';

/**
 * A yes/no question about anyone at all ("Does anyone work from home?", "Will anybody need a ramp?", "Does
 * someone in the household smoke?") answered person by person: "my wife does, I don't" and "I don't, but my
 * son does" are yes, since one person is enough. Null unless the field asks about anyone and the answer has
 * both a person who does and one who does not; a plain "no" or "nobody does" is read as usual.
 */

/** A field text asking about anyone at all. */
const ANYONE = /\b(?:any(?:one|body)|some(?:one|body)|any of you)\b/i;

/** Clause breaks: commas and semicolons, and the conjunctions that contrast people ("but", "while"). */
const BREAK = /\s*(?:[,;]|\bbut\b|\bwhile\b|\bwhereas\b|\bthough\b)\s*/i;

/** A negation inside a clause ("I don't", "he doesn't", "not me", "I never do"). */
const NEGATED = /\b(?:not|never|no|nobody|none|neither)\b|n['’]?t\b/i;

/** A person, then a verb ("my wife does", "I do", "Sam works from home", "he will", "the kids are"), any case. */
const PERSON_ACTS =
  /^(?:(?:and|also|only|just)\s+)?(?:i|we|he|she|they|(?:my|our|his|her|their|the)\s+[a-z]+(?:\s+[a-z]+)?|[A-Z][a-z]+)\s+(?:(?:also|both|all)\s+)?(?:do|does|did|is|are|was|will|would|has|have|can|[a-z]+s)\b/i;

/**
 * A person who does not ("I don't", "my partner doesn't", "he never does", "not me", "I'm not"); a bare "no"
 * before a reason ("no - I'm a nurse, I do shifts") is none.
 */
const PERSON_DOES_NOT =
  /^(?:(?:and|but)\s+)?(?:(?:i|we|he|she|they|(?:my|our|his|her|their|the)\s+[a-z]+(?:\s+[a-z]+)?|[a-z]+)\s+(?:(?:do|does|did|is|are|was|will|would|has|have|can)(?:n['’]?t|\s+not)\b|never\b|won['’]?t\b)|(?:i'?m|i am|we'?re|he'?s|she'?s|they'?re)\s+not\b|not\s+(?:me|us|him|her|them)\b)/i;

/** Whether `field` asks about anyone at all (its label or description; see the file comment). */
export function asksAboutAnyone(field: Field): boolean {
  return ANYONE.test(`${field.label} ${field.description ?? ''}`);
}

/** True when some person does and another does not (see the file comment); null otherwise. */
export function anyoneYesNo(utterance: string, field: Field): boolean | null {
  if (field.type !== 'boolean' || !asksAboutAnyone(field)) return null;
  const clauses = utterance
    .trim()
    .replace(/[.!?]+$/, '')
    .split(BREAK)
    .filter(Boolean);
  if (clauses.length < 2) return null;
  const does = clauses.some((c) => PERSON_ACTS.test(c) && !NEGATED.test(c));
  const doesNot = clauses.some((c) => PERSON_DOES_NOT.test(c));
  return does && doesNot ? true : null;
}
