import nlp from 'compromise';

/**
 * Sentence splitting for the guide's readers. Marks end sentences (`.`, `!`, `?`, `;`, kept with the
 * sentence) except inside emails, URLs and decimals; a single full stop after an abbreviation or title
 * ("Dr. Harold Chambers", "St. James's", "e.g. the blue one", "approx. 300") does not end one — compromise's
 * sentence splitter, which knows English abbreviations, decides each single-dot boundary. Pure.
 */

/** Pieces at every mark, as before: `.` followed by a non-space (emails, URLs, decimals) never splits. */
const PIECE = /(?:[^.!?;]|[.](?=\S))+[.!?;]*/g;
/** A piece ending in one full stop (not "..", "?." or "!."), the only boundary compromise is asked about. */
const SINGLE_DOT = /(?:^|[^.!?;])\.$/;

/** Whether compromise reads `before` and `after` as two sentences (false: the dot closes an abbreviation). */
function compromiseSplits(before: string, after: string): boolean {
  try {
    return nlp.tokenize(`${before} ${after}`).length > 1;
  } catch {
    return true;
  }
}

/**
 * The sentences of `text`, trimmed, in order, each keeping its closing mark(s); [] for blank text.
 * "My name is Dr. Harold Chambers. My email is h@x.ie" → ["My name is Dr. Harold Chambers.", "My email is h@x.ie"].
 */
export function splitSentences(text: string): string[] {
  const pieces = (text.match(PIECE) ?? []).map((s) => s.trim()).filter(Boolean);
  const out: string[] = [];
  for (const piece of pieces) {
    const last = out[out.length - 1];
    if (last !== undefined && SINGLE_DOT.test(last) && !compromiseSplits(last, piece))
      out[out.length - 1] = `${last} ${piece}`;
    else out.push(piece);
  }
  return out;
}
