import { cardinalWords } from './number-lexicon.js';

/**
 * A score said against the top of its scale: "three out of ten", "7/10", "a 4 outta 5", "1 from 10",
 * "8 of 10". The first number is the answer; the second only names the scale. A number parser reads "three
 * out of ten" as the fraction 0.3 and "7/10" as nothing, so these are read before any other number.
 */

const WORDS: Readonly<Record<string, number>> = { zero: 0, nil: 0, ...cardinalWords(1, 90), hundred: 100 };
const NUMBER = String.raw`\d+(?:\.\d+)?|${Object.keys(WORDS).join('|')}`;
/** "N out of M", "N outta M", "N/M", "N from M", "N of M"; not inside a date such as "12/11/98". */
const SCORE = new RegExp(
  String.raw`(?<![\d/])\b(${NUMBER})\s*(?:out\s+of|outta|/|from|of)\s*(?:a\s+)?(${NUMBER})\b(?!\s*/\s*\d)`,
  'i',
);
/** Tops of the scales people score against, when the field names none. */
const USUAL_TOPS = new Set([5, 10, 100]);

const valueOf = (s: string) => (/^\d/.test(s) ? Number(s) : WORDS[s.toLowerCase()]!);

/** A score: the value said, the span it was said in and the top of the scale it was said against. */
export interface ScaleScore {
  value: number;
  span: string;
  top: number;
}

/**
 * The score in `utterance` said against a scale, or null. `top` is the field's own maximum when it has one;
 * the named top must be that maximum or a usual one (5, 10, 100 …), and the score no greater than it.
 */
export function scaleScore(utterance: string, top?: number): ScaleScore | null {
  const m = SCORE.exec(utterance);
  if (!m) return null;
  const value = valueOf(m[1]!);
  const named = valueOf(m[2]!);
  if (!(named === top || USUAL_TOPS.has(named)) || value > named) return null;
  return { value, span: m[0], top: named };
}
