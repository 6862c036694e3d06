import { TENS_WORDS, UNIT_WORDS, cardinalWords } from './number-lexicon.js';

/**
 * Mixed numbers said with a spoken fraction: "3 and a half" → 3.5, "two and a quarter" → 2.25, "seven and three
 * quarters" → 7.75, and with a magnitude after the fraction, "34 and a half thousand" → 34500. The whole part is
 * digits or one to ninety-nine in words; the fraction is a half, a quarter or three quarters.
 */

const WORDS = cardinalWords(1, 90);
const WHOLE = String.raw`\d+(?:\.\d+)?|(?:${Object.keys(TENS_WORDS).join('|')})[\s-](?:${Object.keys(UNIT_WORDS).join('|')})|${Object.keys(WORDS).join('|')}`;
const FRACTIONS: Record<string, number> = { half: 0.5, quarter: 0.25, quarters: 0.75 };
const MAGNITUDES: Record<string, number> = { hundred: 100, thousand: 1e3, k: 1e3, grand: 1e3, million: 1e6 };
const MIXED = new RegExp(
  String.raw`(?<![\w.,])(${WHOLE})\s+and\s+(?:a|one|three)\s+(half|quarters?)\b(?:\s+(hundred|thousand|grand|million)\b|\s*(k)\b)?`,
  'gi',
);

/** A mixed number said in `text`, with its offset; `money` when its magnitude is "grand" or "k". */
export interface MixedNumber {
  value: number;
  span: string;
  index: number;
  money: boolean;
}

/** The value of a whole part said in digits or words ("34", "two", "fifty-three"). */
function wholeValue(said: string): number {
  if (/^\d/.test(said)) return Number(said);
  const [tens, unit] = said.toLowerCase().split(/[\s-]/);
  return (WORDS[tens!] ?? 0) + (unit ? (WORDS[unit] ?? 0) : 0);
}

/** The mixed numbers of `text` (see the file comment), in order; "and a quarter" needs "three" for ¾. */
export function mixedNumbers(text: string): MixedNumber[] {
  const out: MixedNumber[] = [];
  for (const m of text.matchAll(MIXED)) {
    const quarters = /^three\s/i.test(m[0].slice(m[0].search(/\band\s/i) + 4));
    const part = m[2]!.toLowerCase();
    // "and three quarters" is ¾, "and a quarter" ¼; "and a quarters", "and three half" are no fractions
    if (quarters !== (part === 'quarters')) continue;
    const mag = (m[3] ?? m[4])?.toLowerCase();
    const value = (wholeValue(m[1]!) + FRACTIONS[part]!) * (mag ? MAGNITUDES[mag]! : 1);
    out.push({ value, span: m[0], index: m.index, money: mag === 'grand' || mag === 'k' });
  }
  return out;
}
