/**
 * Content words for word-overlap ranking (the sidekick's embedded answerer, the guide's answers from a
 * wizard's texts, the quality metrics): lower-cased letters and digits, English function words dropped, and a
 * light stem (plural, -ing, -ed and -ies endings).
 */

/** General English function words, never content. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a an the and or but if of to in on at by for with from as is are was were be been being do does did have has had
  i you he she it we they me my your our their his her its this that these those what which who whom whose when
  where why how can could should would will shall may might must not no yes so than then there here about into
  over under again further once all any both each few more most other some such only own same too very just also
  tell please know let get got us up out`
    .split(/\s+/)
    .filter(Boolean),
);

/** A word lightly stemmed: "prices" → "price", "booking" → "book", "parked" → "park", "policies" → "policy". */
export function lightStem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The text's content words, lower-cased and lightly stemmed, without the `stopWords` (STOP_WORDS by default). */
export function contentWords(text: string, stopWords: ReadonlySet<string> = STOP_WORDS): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter((w) => !stopWords.has(w) && (w.length > 1 || /\d/.test(w)))
    .map(lightStem);
}
