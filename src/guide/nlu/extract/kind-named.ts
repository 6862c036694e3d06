import { isNameWord } from './name-shape.js';
import { wordTags } from './word-tags.js';

/**
 * A name said right after the kind of thing it names: "our beagle Rosie", "my two year old lab Moose", "a cat
 * named Biscuit", "a 3yo husky called Luna", "my colleague Ada Lovelace". Pure.
 *
 * The kind word is a lowercase noun or adjective (compromise's tags: "husky" and "tabby" are tagged
 * adjectives) at the end of a noun phrase opened by a determiner or possessive; the name is one or two
 * capitalised name words (`isNameWord`: no weekday, month, pronoun) right after it or after "named" /
 * "called". Prepositions, verbs and function words are no kind word ("a table at Nopa", "our trip to Rome").
 */

export interface KindNamed {
  /** The name: "Rosie", "Ada Lovelace". */
  name: string;
  /** The kind word before it: "beagle", "lab", "cat". */
  kind: string;
  /** The words from the kind word to the end of the name: "beagle Rosie", "cat named Biscuit". */
  span: string;
  /** Where `span` starts in the utterance. */
  index: number;
}

/**
 * The determiner or possessive that opens the noun phrase, up to four modifiers (numbers, "year old",
 * adjectives), the kind word, an optional naming verb, and one or two capitalised words.
 */
const PHRASE =
  /\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?|[Tt]he)\s+((?:[\w'-]+\s+){0,4}?)([a-z][a-z-]+)(\s+(?:named|called)\s+|\s+)(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)?)/gu;

/** Tags of a word that may name a kind of thing (noun or adjective, as compromise tags a lone word). */
const KIND_TAG = /^(?:Noun|Singular|Adjective)$/;
/** Tags that rule a word out as a kind: function words, verbs, dates, values. */
const NOT_KIND =
  /^(?:Preposition|Conjunction|Determiner|Pronoun|Possessive|Verb|Copula|Modal|Auxiliary|Adverb|Value|Date|QuestionWord|Expression|Plural)$/;

/** Whether a lowercase word reads as a kind of thing: tagged noun or adjective, and nothing ruled out. */
function isKindWord(word: string): boolean {
  const tags = wordTags(word);
  return tags.some((t) => KIND_TAG.test(t)) && !tags.some((t) => NOT_KIND.test(t));
}

/**
 * The first name said after its kind word in `utterance` (see the module comment), or null. The second
 * capitalised word is kept only when it is a name word too ("Ada Lovelace", not "Rosie She").
 */
export function kindNamed(utterance: string): KindNamed | null {
  for (const m of utterance.matchAll(PHRASE)) {
    const [, modifiers, kind, joiner, run] = m;
    if (!isKindWord(kind!)) continue;
    if (
      modifiers!
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .some((w) => wordTags(w).some((t) => /^(?:Preposition|Verb|Pronoun)$/.test(t)))
    )
      continue;
    const words = run!.split(/\s+/);
    if (!isNameWord(words[0]!)) continue;
    const name = words.length > 1 && isNameWord(words[1]!) ? words.join(' ') : words[0]!;
    const index = m.index + m[0].length - run!.length - joiner!.length - kind!.length;
    return { name, kind: kind!, span: `${kind}${joiner}${name}`, index };
  }
  return null;
}
