import type { AnswerCitation } from '../sidekicks/chat/embedded-answerer.js';
import { speakable } from '../guide/speakable.js';

/** The passage a citation marker `[n]` names, or null (see AnswerStream.source). */
export type CitationLookup = (n: number) => AnswerCitation | null;

/** Citation markers, one or more in a row: `[1]`, `[1][2]`, `[1, 2]`. */
const MARKERS = /\s*((?:\[\d+(?:\s*,\s*\d+)*\]\s*)+)/g;
/** A sentence's end followed by its citation markers, e.g. `days. [1]`: the markers go before the stop. */
const STOP_THEN_MARKERS = /([.!?]+)((?:\s*\[\d+(?:\s*,\s*\d+)*\])+)/g;
/** Where a piece may end: after a sentence's stop (and its markers) or a line break, before the next word. */
const PIECE_END = /(?:[.!?]+["')]*(?:\s*\[\d+(?:\s*,\s*\d+)*\])*\s+|\n\s*)(?=[^\s[])/g;
/** Document extensions a title made from a file name ends with. */
const FILE_EXTENSION = /\.(pdf|docx?|md|markdown|txt|html?)$/i;

/**
 * How a citation is said: the document as a person names it ("handbook.pdf" → "the handbook", a web page by
 * its title or host) with its page when it has one: "the handbook, page 4".
 */
export function spokenSource(citation: Pick<AnswerCitation, 'title' | 'page'>): string {
  let name = citation.title.trim();
  if (/^https?:\/\//i.test(name)) {
    try {
      name = new URL(name).hostname.replace(/^www\./, '');
    } catch {
      // keep the title as it is
    }
  } else if (FILE_EXTENSION.test(name)) {
    name = name.replace(FILE_EXTENSION, '').replace(/[_-]+/g, ' ').trim();
    if (!/^the\s/i.test(name)) name = `the ${name}`;
  }
  return citation.page === null ? name : `${name}, page ${citation.page}`;
}

/**
 * Turns a piece of a written answer into what a voice says: citation markers become spoken citations placed
 * before the sentence's stop ("thirty days. [1]" → "thirty days, according to the handbook, page two."),
 * markers naming no passage are dropped, and the rest is made speakable (see speakable: no markdown, numbers
 * as words).
 */
export function spokenPiece(piece: string, source: CitationLookup): string {
  const cited = piece
    .replace(STOP_THEN_MARKERS, (_m, stop: string, markers: string) => `${markers}${stop}`)
    .replace(MARKERS, (_m, markers: string) => {
      const names = [
        ...new Set(
          [...markers.matchAll(/\d+/g)].flatMap((m) => {
            const citation = source(Number(m[0]));
            return citation ? [spokenSource(citation)] : [];
          }),
        ),
      ];
      return names.length === 0 ? ' ' : `, according to ${names.join(', and ')}, `;
    });
  return speakable(cited.replace(/ +([.!?,])/g, '$1')).replace(/,$/, '');
}

/**
 * A written answer streaming in, said piece by piece: `push` takes each delta and gives the pieces now
 * complete (a sentence with its citation markers, or a line), spoken (see spokenPiece), so speech starts on
 * the first sentence; `end` gives the rest. Pieces after the first start with a space, so they join back.
 */
export class SpokenAnswer {
  private buffer = '';
  private said = 0;

  /** Adds a delta; returns the pieces it completed, spoken. */
  push(delta: string, source: CitationLookup): string[] {
    this.buffer += delta;
    const pieces: string[] = [];
    let start = 0;
    for (const m of this.buffer.matchAll(PIECE_END)) {
      const end = m.index + m[0].length;
      pieces.push(this.buffer.slice(start, end));
      start = end;
    }
    this.buffer = this.buffer.slice(start);
    return this.say(pieces, source);
  }

  /** The rest of the answer, spoken (nothing when it ended on a piece's end). */
  end(source: CitationLookup): string[] {
    const rest = this.buffer;
    this.buffer = '';
    return this.say([rest], source);
  }

  private say(pieces: string[], source: CitationLookup): string[] {
    return pieces.flatMap((piece) => {
      const spoken = spokenPiece(piece, source);
      if (!spoken) return [];
      return [this.said++ === 0 ? spoken : ` ${spoken}`];
    });
  }
}
