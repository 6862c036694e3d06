import damerauLevenshtein from 'damerau-levenshtein';
import type { Field } from '../../../core/wizard/definition.js';
import { contentStems, inflectedAlike } from '../extract/normalize.js';

/**
 * Free-text values that only name a field of the form: "no engagement shoot", "the engagement shoot",
 * "engagment shoot yes", "second shooter definitely" — words said about that field's question (and a yes or
 * a no to it), never the answer to a free-text question. Pure.
 */

/** Words that say yes, no or how sure, around a field named: "definitely", "no", "yeah go on". */
const ANSWER_WORDS = new Set(
  (
    'yes yeah yep yup aye ya sure no nope nah not never none definitely absolutely please thanks thank ' +
    'want wanted like would go on ok okay fine also too as well really'
  ).split(' '),
);

/**
 * Whether `a` and `b` differ by one letter left out (a typo: "engagment" / "engagement"), both five letters or
 * more: lengths one apart and a Damerau–Levenshtein distance of one.
 */
function oneLetterOut(a: string, b: string): boolean {
  return (
    Math.min(a.length, b.length) >= 5 &&
    Math.abs(a.length - b.length) === 1 &&
    damerauLevenshtein(a, b).steps === 1
  );
}

/**
 * Whether the words of `value` besides yes, no and pleasantries are all words of some field's label (its
 * own included), one field or several: "no engagement shoot" of a form with an "Engagement shoot" field.
 * False when no such word is left ("yes") or a word of content is none of the labels' ("May", "halal").
 */
export function namesOnlyFields(value: unknown, fields: Field[]): boolean {
  if (typeof value !== 'string') return false;
  const said = contentStems(value).filter((s) => !ANSWER_WORDS.has(s));
  if (!said.length) return false;
  const labels = fields.flatMap((f) => contentStems(f.label));
  return said.every((s) => labels.some((l) => inflectedAlike(s, l, 4) || oneLetterOut(s, l)));
}
