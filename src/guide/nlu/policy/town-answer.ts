import nlp from 'compromise';
import type { Field } from '../../../core/wizard/definition.js';
import { contentWords } from '../../../core/content-words.js';
import type { Candidate } from './plan.js';
import { asksSuburb } from '../extract/suburb-of-address.js';
import { endsWithPlacePreposition, saidAsPlace } from '../extract/place-mention.js';

/**
 * Whether a value read for a town or city field (`asksSuburb`) is no place: the answer said to it was about
 * something else ("Hydro's around 180 a month", "yes it's ours, a cottage", "nothing more", "put on in 2019",
 * "the rubber membrane kind", "a charger for the Tesla"). A place is a run of capitalised words (with the
 * particles of a town's name: "Niagara-on-the-Lake"), or typed in lower case, words that are none of a
 * pronoun, verb, adverb, adjective or article, nor the words of another field of the form ("owner",
 * "cottage"). A proper noun guessed from a sentence must be said as a place. Pure.
 */

/** Lower-case words a town's name may hold: "Bay of Islands", "Saint-Jean-sur-Richelieu". */
const PARTICLES = new Set(['of', 'on', 'the', 'upon', 'de', 'du', 'des', 'la', 'le', 'sur', 'en', 'by']);
/** Word classes that no town's name typed in lower case holds: "ours", "nothing more", "the owner". */
const NOT_IN_TOWN = '(#Pronoun|#Possessive|#Verb|#Adverb|#Adjective|#Determiner|#Negative|#Expression)';

/** The content words of every field of the form but `field`: labels, options, descriptions and hints. */
function otherFieldWords(field: Field, fields: Field[]): Set<string> {
  const texts = fields
    .filter((f) => f.name !== field.name)
    .flatMap((f) => [
      f.label,
      f.description ?? '',
      ...(f.extraction_hints ?? []),
      ...(f.options ?? []).flatMap((o) => [o.label, ...(o.synonyms ?? [])]),
    ]);
  return new Set(texts.flatMap((t) => contentWords(t)));
}

/** Whether `value`, read for the town field `field` from `utterance`, is no place (see the file comment). */
export function isNoTown(c: Candidate, field: Field, fields: Field[], utterance: string): boolean {
  if (field.type !== 'text' || !asksSuburb(field) || typeof c.value !== 'string') return false;
  const value = c.value.trim();
  const words = value.split(/\s+/).filter(Boolean);
  // "put on in 2019", "Hydro's": a number or one word with "'s" names no town ("St. John's" is two)
  if (/\d/.test(value) || (words.length === 1 && /['’]s$/i.test(value))) return true;
  const lower = words.filter((w) => /^\p{Ll}/u.test(w) && !PARTICLES.has(w.toLowerCase()));
  if (lower.length && lower.length < words.length) return true;
  if (lower.length) {
    if (nlp(value).has(NOT_IN_TOWN)) return true;
    const others = otherFieldWords(field, fields);
    if (contentWords(value).some((w) => others.has(w))) return true;
  }
  // "a charger for the Tesla in the garage": a capitalised word guessed from a sentence is a place only when
  // said as one ("we're out near Olds", "in Lévis")
  if (c.extractor === 'proper-noun') {
    const before = utterance.slice(0, Math.max(0, utterance.indexOf(value)));
    return !saidAsPlace(utterance, value) && !endsWithPlacePreposition(before);
  }
  return false;
}
