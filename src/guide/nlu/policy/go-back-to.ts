import type { Field } from '../../../core/wizard/definition.js';
import { fieldNamedIn } from '../intents.js';
import type { Candidate, ExtractContext, Nlu } from './plan.js';
import { REPLACING_WORDS } from '../extract/replacing-words.js';

/**
 * Going back to a field by name inside a sentence, with its new value: "wait can i go back to the bedrooms?
 * its 2 not 1", "can we go back to the date, make it the 9th", "let me go back to my email — it's
 * ann@x.com", "before that, can I change the personality? make it a noir detective". Pure.
 */

/** "go back to the …", "back to my …", "return to the …", "revisit the …": the words naming the field follow. */
const BACK_TO =
  /\b(?:(?:go|come|get|jump|skip|going)\s+back\s+to|back\s+to|return\s+to|revisit|change\s+back)\s+(?:the\s+|my\s+|our\s+|your\s+)?([^?.!,;:—–-]{2,40})/i;
/**
 * "can I change the personality?", "could we tweak the name?": asking leave to change a field, as a question
 * of its own; the words after it are the new value. (A change said with its value, "can you change the name
 * to Bolty?" or "change the date to the 5th", is the ordinary field mention.)
 */
const MAY_CHANGE =
  /\b(?:can|could|may)\s+(?:i|we|you)\s+(?:please\s+)?(?:change|tweak|edit|update|redo|amend|fix|rewrite|adjust)\s+(?:the\s+|my\s+|our\s+|its\s+|your\s+)?((?:(?!\s(?:to|into|as)\s)[^?.!,;:—–-]){2,40})\?/i;
/** Words that lead into the new value ("make it", "it should be", "let's make it"), dropped before it is read. */
const VALUE_LEAD =
  /^(?:(?:let's|lets|please|so|ok(?:ay)?)[,\s]+)*(?:(?:make|call)\s+(?:it|him|her|them)|(?:it|that|he|she)\s+should\s+be|(?:it's|it is)\s+now)\s+/i;
/** "2 not 1", "2, not 1", "2 instead of 1": the value said before the replacing words replaces the one after. */
const NOT_THE_OLD = new RegExp(
  String.raw`(\S)\s*,?\s+(?:and\s+)?(?:${REPLACING_WORDS})\s+(?:a\s+|an\s+|the\s+)?[\w.:/-]+`,
  'gi',
);

/** The field a go-back clause names and the words after the clause (its new value, maybe empty). */
export interface GoBackTo {
  field: Field;
  rest: string;
}

/**
 * The field named in a "go back to …" clause of `utterance` (one of `fields`, by label, name or synonym),
 * with the words after that clause; null when no such clause names a field.
 */
export function goBackTo(utterance: string, fields: Field[]): GoBackTo | null {
  const m = BACK_TO.exec(utterance) ?? MAY_CHANGE.exec(utterance);
  if (!m) return null;
  const field = fieldNamedIn(m[1]!, fields);
  if (!field) return null;
  const rest = utterance
    .slice(m.index + m[0].length)
    .replace(/^[\s?.!,;:—–-]+/, '')
    .trim();
  return { field, rest };
}

/**
 * The new value a go-back sentence gives its field ("its 2 not 1, we use the den as a bedroom" → 2 for
 * bedrooms): read from the words after the clause with "not <old value>" dropped. Null when they give none.
 */
export function goBackValue(back: GoBackTo, nlu: Nlu, ctx: ExtractContext): Candidate | null {
  if (!back.rest) return null;
  const words = back.rest.replace(NOT_THE_OLD, '$1').replace(VALUE_LEAD, '');
  const c = nlu.extractForField(words, back.field, ctx);
  return c ? { ...c, confidence: Math.max(c.confidence, 0.75) } : null;
}
