import { MONTH_NAMES } from './calendar-words.js';
import { TEEN_WORDS, TENS_WORDS, UNIT_WORDS } from './number-lexicon.js';

/**
 * Years said in words ("nineteen fifty-two", "two thousand and five", "twenty twenty-six") rewritten as digits
 * so chrono reads them, when they follow a month ("the 19th of March, nineteen fifty-two") or a year cue
 * ("born in nineteen ninety").
 */

const CENTURIES: Record<string, number> = { seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20 };

const alt = (words: Readonly<Record<string, number>>) => Object.keys(words).join('|');
const SEP = String.raw`[\s-]+`;
/** 1–99 in words: "five", "twelve", "fifty-two". */
const BELOW_100 = String.raw`(?:(?:${alt(TENS_WORDS)})(?:${SEP}(?:${alt(UNIT_WORDS)}))?|${alt(TEEN_WORDS)}|${alt(UNIT_WORDS)})`;
/** The last two digits of a year said as a pair: "fifty-two", "oh five", "ten". */
const PAIR_TAIL = String.raw`(?:oh${SEP}(?:${alt(UNIT_WORDS)})|(?:${alt(TENS_WORDS)})(?:${SEP}(?:${alt(UNIT_WORDS)}))?|${alt(TEEN_WORDS)})`;
const YEAR = new RegExp(
  String.raw`\b(?:(${alt(CENTURIES)})${SEP}(${PAIR_TAIL})|two${SEP}thousand(?:${SEP}(?:and${SEP})?(${BELOW_100}))?)\b`,
  'gi',
);
const MONTH = new RegExp(String.raw`\b(?:${MONTH_NAMES})\b`, 'i');
const YEAR_CUE = /\b(?:born in|in the year|year|since|back in)\s*$/i;

/** The number 1–99 of words like "fifty-two", "oh five", "twelve". */
function wordsValue(words: string): number {
  return words
    .toLowerCase()
    .split(/[\s-]+/)
    .reduce((sum, w) => sum + (UNIT_WORDS[w] ?? TEEN_WORDS[w] ?? TENS_WORDS[w] ?? 0), 0);
}

/** Rewrites years said in words after a month or a year cue as four digits ("nineteen fifty-two" → "1952"). */
export function spokenYearsToDigits(text: string): string {
  return text.replace(
    YEAR,
    (m, century: string | undefined, pair: string | undefined, rest: string | undefined, at: number) => {
      const before = text.slice(Math.max(0, at - 40), at);
      const clause = before.split(/[.;!?]/).pop() ?? '';
      if (!MONTH.test(clause) && !YEAR_CUE.test(before)) return m;
      if (century) return String(CENTURIES[century.toLowerCase()]! * 100 + wordsValue(pair!));
      return String(2000 + (rest ? wordsValue(rest) : 0));
    },
  );
}
