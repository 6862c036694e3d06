import type { Option } from '../../../core/wizard/definition.js';
import { ORDINAL_WORDS, cardinalWords } from './number-lexicon.js';
import { isNounForm, numberedOptions, wordNumber } from './numbered-option.js';
import { escapeRegExp, stripFillers } from './normalize.js';

/**
 * Several numbered options ("Week 1: June 21–25", "Level 2", "Grade 9") said by their numbers in a list or a
 * range: "weeks 3, 4 and 5", "week 2 and week 8", "weeks 1-4", "weeks four through six", "the second and third
 * weeks", or the numbers alone as the whole answer ("4 through 6", "2, 3 and 6"). A number said without the
 * options' noun elsewhere ("in 2 weeks", "3 kids") chooses nothing.
 */

/** Number words, cardinal and ordinal, longest first ("seventeen" before "seven"). */
const NUMBER_WORDS = [...Object.keys(cardinalWords(1, 20)), ...Object.keys(ORDINAL_WORDS)]
  .sort((a, b) => b.length - a.length)
  .join('|');
const NUMBER = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?|${NUMBER_WORDS})`;
const JOIN = String.raw`\s*(?:,\s*(?:and\s+|&\s*)?|and\s+|&\s*|plus\s+)`;
const THROUGH = String.raw`\s*(?:-|to|through|thru|till|til|until)\s*`;

/** The options a list said chooses, and where its words lie ([at, to) offsets in the normalized text). */
export interface NumberedList {
  indexes: number[];
  at: number;
  to: number;
}

/**
 * The option indexes a list's words say: each number, and every number between the two ends of a range;
 * null when a number said is no option's (the list is about something else).
 */
function listed(words: string, byNumber: Map<number, number>): number[] | null {
  const out: number[] = [];
  const parts = words.split(new RegExp(JOIN));
  for (const part of parts) {
    const ends = [...part.matchAll(new RegExp(String.raw`\b${NUMBER}\b`, 'g'))].map(
      (m) => wordNumber(m[0])?.value ?? NaN,
    );
    if (!ends.length || ends.some((n) => !byNumber.has(n))) return null;
    const [from, to] = [ends[0]!, ends[ends.length - 1]!];
    if (to < from) return null;
    for (const [n, i] of byNumber) if (n >= from && n <= to) out.push(i);
  }
  return out;
}

/**
 * The lists of numbered options said in normalized `text` (see the file comment); `bare` takes numbers said
 * without the noun when they are the whole answer.
 */
export function numberedLists(text: string, options: Option[], bare = true): NumberedList[] {
  const numbered = numberedOptions(options);
  if (!numbered.length) return [];
  const byNumber = new Map(numbered.map((n) => [n.value, options.indexOf(n.option)]));
  const nouns = [...new Set(numbered.flatMap((n) => n.nouns))];
  const noun = String.raw`(?:${nouns.map((n) => `${escapeRegExp(n)}(?:e?s)?`).join('|')})`;
  const item = String.raw`(?:${noun}\s+)?${NUMBER}(?:${THROUGH}${NUMBER})?`;
  const out: NumberedList[] = [];
  const add = (words: string, at: number) => {
    const indexes = listed(words.replace(new RegExp(String.raw`\b${noun}\b`, 'g'), ' ').trim(), byNumber);
    if (indexes?.length)
      out.push({ indexes: [...new Set(indexes)].sort((a, b) => a - b), at, to: at + words.length });
  };
  // "weeks 3, 4 and 5", "week 2 and week 8", "weeks 1-4"
  for (const m of text.matchAll(
    new RegExp(String.raw`\b${noun}\s+${NUMBER}(?:${THROUGH}${NUMBER})?(?:${JOIN}${item})*\b`, 'g'),
  ))
    add(m[0], m.index);
  // "the second and third weeks": ordinals before the noun in the plural
  const ordinal = String.raw`(?:\d{1,2}(?:st|nd|rd|th)|${Object.keys(ORDINAL_WORDS).join('|')})`;
  for (const m of text.matchAll(
    new RegExp(
      String.raw`\b${ordinal}(?:${JOIN}${ordinal})+\s+(${nouns.map(escapeRegExp).join('|')})s\b`,
      'g',
    ),
  ))
    if (!out.some((l) => m.index < l.to && l.at < m.index + m[0].length) && isNounForm(m[1], nouns))
      add(m[0].slice(0, m[0].lastIndexOf(' ')), m.index);
  // "4 through 6", "2, 3 and 6": the numbers alone as the whole answer
  if (bare && !out.length) {
    const whole = stripFillers(text);
    if (
      new RegExp(
        String.raw`^${NUMBER}(?:${THROUGH}${NUMBER})?(?:${JOIN}${NUMBER}(?:${THROUGH}${NUMBER})?)*$`,
      ).test(whole)
    )
      add(whole, text.indexOf(whole));
  }
  return out;
}
