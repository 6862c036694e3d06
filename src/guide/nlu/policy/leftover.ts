import type { Field } from '../../../core/wizard/definition.js';
import { contentStems, tokens } from '../extract/normalize.js';
import type { Candidate } from './plan.js';

/**
 * Words a free-text answer is left with once other values took theirs, that are no value of their own. Pure.
 *
 * "she's a dog" gives the pet type and leaves "she's": a subject and its verb, no breed. "Long haired" gives
 * the coat and leaves "haired": a piece of the option's own phrase ("long-haired"), no breed either.
 */

/**
 * Subject pronouns and the auxiliary or linking verbs said right after them (closed classes of English):
 * "she's", "he is", "they're", "it has", "we've got".
 */
const SUBJECT = new Set('i you he she it we they this that there hes shes theyre were weve ive'.split(' '));
const LINKING = new Set("is are am was were be been 's 're 'm 've has have had got do does".split(' '));

/** The words of `text`, its contractions split off ("she's" → "she", "'s"). */
function wordsOf(text: string): string[] {
  return tokens(text).flatMap((t) => {
    const at = t.indexOf("'");
    return at > 0 ? [t.slice(0, at), t.slice(at)] : [t];
  });
}

/**
 * Whether `text` is only a subject pronoun and its verbs ("she's", "he is", "they've got"): what "she's a dog"
 * leaves once the dog is taken.
 */
export function isBareSubject(text: string): boolean {
  const words = wordsOf(text);
  return words.some((w) => SUBJECT.has(w)) && words.every((w) => SUBJECT.has(w) || LINKING.has(w));
}

/** The content-word stems of the phrases (label, synonyms) of the options a select candidate chose. */
function chosenPhraseStems(c: Candidate, fields: Field[]): string[] {
  const field = fields.find((f) => f.name === c.field);
  const chosen = new Set((Array.isArray(c.value) ? c.value : [c.value]).map(String));
  return (field?.options ?? [])
    .filter((o) => chosen.has(String(o.value)))
    .flatMap((o) => contentStems([o.label, ...o.synonyms].join(' ')));
}

/**
 * Whether every content word of `text` belongs to the phrases of an option another value chose (`typed`):
 * "haired" of "Long haired" once the coat "Long / silky" (synonym "long-haired") is taken, "thick" of "thick
 * double coat" once "Double coat" (synonym "thick undercoat") is. False when `text` has no content word.
 */
export function isOptionFragment(text: string, typed: Candidate[], fields: Field[]): boolean {
  const words = contentStems(text);
  if (words.length === 0) return false;
  const phrases = new Set(typed.flatMap((c) => chosenPhraseStems(c, fields)));
  return words.every((w) => phrases.has(w));
}

/**
 * Whether the words left for a free-text answer are no value: a bare subject and verb (`isBareSubject`) or a
 * piece of an option phrase another value took (`isOptionFragment`).
 */
export function isNoValueLeft(text: string, typed: Candidate[], fields: Field[]): boolean {
  return isBareSubject(text) || isOptionFragment(text, typed, fields);
}
