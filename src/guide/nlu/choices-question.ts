import type { Field } from '../../core/wizard/definition.js';
import { contentWords } from '../../core/content-words.js';
import { questionTerms } from './wizard-answer.js';

/**
 * Questions that ask for a select field's choices by the words a form uses for them: "what are the ranges?",
 * "which bands are there?", "what sizes do you have?", "what dog sizes are there?" (the field's own label).
 * They are answered with that field's options, never with "the form doesn't say".
 */

/**
 * The standard nouns for the choices of a select, lightly stemmed (see `lightStem`): "ranges", "bands",
 * "tiers", "levels", "sizes", "packages", "plans", "ones" …
 */
const CHOICE_NOUNS = new Set(
  `option choice range band tier level size package plan kind type sort category categorie alternative selection
  possibility variety one slot timeslot time`.split(/\s+/),
);

/** Words that only ask for a list: "which do you offer", "list them", "remind me", "what's available". */
const LISTING_WORDS = new Set('offer list remind available possible exist provide show give'.split(' '));

/** The words of a field's label and name, as content words ("Dog size" → dog, size). */
function ownWords(field: Field): Set<string> {
  return new Set(contentWords(`${field.label} ${field.name.replace(/_/g, ' ')}`));
}

/**
 * The select field whose choices `question` asks for, or undefined. Its content words beyond naming a field or
 * an option (see `questionTerms`) must all be choice nouns (`CHOICE_NOUNS`), listing words or words of the
 * field's label, with one choice noun or label word at least. A field whose label holds such a word is the
 * one asked about ("what sizes do you have?" → "Dog size"); else the field the question names, else the
 * asked field. "what are the opening hours?", "which plan is cheapest?" ask for no choices.
 */
export function choicesAskedOf(
  question: string,
  fields: Field[],
  named: Field | undefined,
  asked: Field | undefined,
): Field | undefined {
  const terms = questionTerms(question, fields);
  const selects = fields.filter((f) => (f.options?.length ?? 0) > 0);
  const covers = (f: Field) => {
    const own = ownWords(f);
    return terms.every((t) => CHOICE_NOUNS.has(t) || LISTING_WORDS.has(t) || own.has(t));
  };
  const labelled = selects.filter((f) => covers(f) && terms.some((t) => ownWords(f).has(t)));
  if (labelled.length > 0) return labelled.find((f) => f === asked) ?? labelled[0];
  if (!terms.some((t) => CHOICE_NOUNS.has(t))) return undefined;
  const field = named ?? asked;
  return field && (field.options?.length ?? 0) > 0 && covers(field) ? field : undefined;
}
