import { wordTags } from './word-tags.js';

/**
 * Titles and abbreviations before names, as compromise's lexicon knows them: honorifics ("Dr.", "Mrs",
 * "Prof.", "Sgt.", "Miss") and other abbreviations written with a dot ("St.", "Mt.", "e.g.", "approx."),
 * whose dot closes the abbreviation, not a sentence or a name. Pure; a word's tags are cached.
 */

/** Whether `word` (one token, with or without its dot: "Dr.", "St", "e.g.") is an abbreviation compromise knows. */
export function isAbbreviation(word: string): boolean {
  const w = word.replace(/[,;:!?)"]+$/, '');
  if (!/^[\p{L}.]{1,8}$/u.test(w) || !/\p{L}/u.test(w)) return false;
  return wordTags(w).includes('Abbreviation');
}

/** Whether `word` is a title said before a person's name ("Dr", "Dr.", "Mrs", "Prof.", "Miss", "Sir"). */
export function isTitle(word: string): boolean {
  const w = word.replace(/[,;:!?)"]+$/, '');
  return /^\p{Lu}[\p{L}]{0,9}\.?$/u.test(w) && wordTags(w).includes('Honorific');
}

/**
 * `name` without the titles it starts with ("Dr. Harold Chambers" → "Harold Chambers", "Mrs Alves" →
 * "Alves"); `name` unchanged when it is a title alone ("Dr") or starts with none.
 */
export function withoutTitles(name: string): string {
  const words = name.trim().split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && isTitle(words[i]!)) i++;
  return words.slice(i).join(' ');
}

/**
 * Where the first full stop that ends a clause is in `text` (a dot followed by white space or the end, not
 * the dot of an abbreviation before a capitalised word: "Dr. Aidan", "St. Mary's"); -1 when there is none.
 */
export function clauseStop(text: string): number {
  for (const m of text.matchAll(/\.(?=\s|$)/g)) {
    const before = /(\S+)$/.exec(text.slice(0, m.index! + 1))?.[1] ?? '';
    const next = /^\s+(\S)/u.exec(text.slice(m.index! + 1))?.[1] ?? '';
    if (next && /\p{Lu}/u.test(next) && isAbbreviation(before)) continue;
    return m.index!;
  }
  return -1;
}
