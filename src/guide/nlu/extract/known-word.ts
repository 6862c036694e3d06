import nlp from 'compromise';

/**
 * Whether a lowercase word is an English word of its own in compromise's lexicon ("lovely", "priced",
 * "lively"), not a name ("hal") nor a word the lexicon does not hold ("writting", "hosue"). A word that is
 * one already was meant as said: it is no typo of another word.
 */

const NAME_TAG = /^(?:Person|FirstName|LastName|MaleName|FemaleName|Honorific|ProperNoun)$/;

const lexicon = (): Record<string, unknown> =>
  (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;

/** Whether `word` is in the English lexicon as a common word (see the module comment). */
export function isKnownWord(word: string): boolean {
  const tags = lexicon()[word.toLowerCase()];
  if (tags === undefined) return false;
  return ![tags].flat().some((t) => NAME_TAG.test(String(t)));
}
