import type { ChunkDraft, Section } from './types.js';

/** Chunk sizes in words. */
export interface ChunkOptions {
  /** Largest chunk, in words (default 200). */
  maxWords: number;
  /** Words a chunk repeats from the end of the previous one in the same section (default 40). */
  overlapWords: number;
}

export const DEFAULT_CHUNK_OPTIONS: ChunkOptions = { maxWords: 200, overlapWords: 40 };

interface Sentence {
  start: number;
  end: number;
  words: number;
}

const WORD = /\S+/g;
const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Splits sections into chunks of at most `maxWords` words. A chunk never crosses a section (a page or a
 * heading change). Within a section chunks are built from whole sentences (Intl.Segmenter) and each repeats
 * the last sentences, up to `overlapWords` words, of the one before it; a single sentence longer than
 * `maxWords` is cut at word boundaries. Empty sections give no chunk. Ordinals run over the whole document.
 */
export function chunkSections(
  sections: Section[],
  options: ChunkOptions = DEFAULT_CHUNK_OPTIONS,
): ChunkDraft[] {
  const chunks: ChunkDraft[] = [];
  for (const section of sections) {
    const sentences = splitSentences(section.text, options.maxWords);
    let first = 0;
    while (first < sentences.length) {
      let last = first;
      let words = sentences[first]!.words;
      while (last + 1 < sentences.length && words + sentences[last + 1]!.words <= options.maxWords) {
        last++;
        words += sentences[last]!.words;
      }
      const start = sentences[first]!.start;
      const end = sentences[last]!.end;
      chunks.push({
        ordinal: chunks.length,
        page: section.page,
        headings: section.headings,
        text: section.text.slice(start, end).trim(),
        charStart: start,
        charEnd: end,
        tokenCount: words,
      });
      if (last + 1 >= sentences.length) break;
      first = nextStart(sentences, first, last, options.overlapWords);
    }
  }
  return chunks;
}

/** The first sentence of the next chunk: the latest one after `first` whose tail up to `last` fits the overlap. */
function nextStart(sentences: Sentence[], first: number, last: number, overlapWords: number): number {
  let next = last + 1;
  let overlap = 0;
  while (next - 1 > first && overlap + sentences[next - 1]!.words <= overlapWords) {
    next--;
    overlap += sentences[next]!.words;
  }
  return next;
}

/** Sentences of `text` with their word counts; a sentence over `maxWords` words is cut into pieces that fit. */
function splitSentences(text: string, maxWords: number): Sentence[] {
  const sentences: Sentence[] = [];
  for (const { segment, index } of sentenceSegmenter.segment(text)) {
    const words = [...segment.matchAll(WORD)];
    for (let i = 0; i < words.length; i += maxWords) {
      const piece = words.slice(i, i + maxWords);
      const head = piece[0]!;
      const tail = piece[piece.length - 1]!;
      sentences.push({
        start: index + head.index,
        end: index + tail.index + tail[0].length,
        words: piece.length,
      });
    }
  }
  return sentences;
}

/** Number of words (runs of non-space characters) in `text`. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
