import nlp from 'compromise';
import { LruMap } from '../../../core/lru-map.js';

/**
 * compromise's tags of one word said alone ("Dr." → Abbreviation, Honorific, Person …; "fenced" →
 * Adjective …), memoized: a lone word is tagged the same way every time, and a turn asks about the same
 * words from several readers. The word is tagged as given (case matters to compromise: "May" is a month,
 * "may" a modal). [] when compromise gives none or fails. Pure.
 */

const TAGS = new LruMap<string, readonly string[]>(8192);

/** The tags compromise gives `word` alone (see the file comment). */
export function wordTags(word: string): readonly string[] {
  const hit = TAGS.get(word);
  if (hit) return hit;
  let tags: readonly string[] = [];
  try {
    tags = (nlp(word).json() as Array<{ terms: Array<{ tags: string[] }> }>)[0]?.terms[0]?.tags ?? [];
  } catch {
    tags = [];
  }
  TAGS.set(word, tags);
  return tags;
}
