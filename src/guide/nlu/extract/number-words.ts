import { TENS_WORDS, UNIT_WORDS, cardinalWords } from './number-lexicon.js';

/**
 * Cardinal number words that compromise can miss inside a hedge ("more like an eight", "kind of a six"):
 * two to ninety-nine in words. "one" is left out (it is mostly a pronoun: "that one", "the blue one").
 */

const UNITS = cardinalWords(2, 90);
const TENS = Object.keys(TENS_WORDS).join('|');
const DIGIT = Object.keys(UNIT_WORDS).join('|');
const WORD = new RegExp(
  String.raw`\b(?:(${TENS})[\s-](${DIGIT})|(${Object.keys(UNITS).join('|')}))\b(?![\s-]*(?:hundred|thousand|million|billion|grand|k)\b)`,
  'gi',
);

/** A number said in words, with its offset. */
export interface NumberWord {
  value: number;
  span: string;
  index: number;
}

/** The number words in `text` ("an eight" → 8, "twenty-five" → 25), in order. */
export function numberWords(text: string): NumberWord[] {
  const out: NumberWord[] = [];
  for (const m of text.matchAll(WORD)) {
    const value = m[1]
      ? UNITS[m[1].toLowerCase()]! + (m[2]!.toLowerCase() === 'one' ? 1 : UNITS[m[2]!.toLowerCase()]!)
      : UNITS[m[3]!.toLowerCase()]!;
    out.push({ value, span: m[0], index: m.index });
  }
  return out;
}
