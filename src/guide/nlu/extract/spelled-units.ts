import { unitNamed } from './units.js';

/**
 * Units written short after a number, spelled out: "2 yrs" → "2 years", "18 mths" → "18 months", "1 yr" →
 * "1 year", "3wks" → "3 weeks", so options labelled in full words ("24 months", "2 years") match them. Only
 * abbreviations of the units in `units.ts` after digits are spelled; full words and other text are kept.
 */

const SHORT_UNIT = /\b(\d+(?:\.\d+)?)\s*([a-z]+)\b/gi;

/** `text` with each unit abbreviation after a number written as the unit's name (see the file comment). */
export function spelledUnits(text: string): string {
  return text.replace(SHORT_UNIT, (whole, number: string, word: string) => {
    const unit = unitNamed(word);
    if (!unit || word.length < 2) return whole;
    const lower = word.toLowerCase();
    if (lower === unit.name || lower === `${unit.name}s`) return whole;
    return `${number} ${unit.name}${Number(number) === 1 ? '' : 's'}`;
  });
}
