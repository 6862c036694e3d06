import { dayCount, type DayRange } from './dated-options.js';
import { nounPattern } from './option-runs.js';

/**
 * Options of a dated list described rather than named: by their length ("the short week", "the longest
 * session": the one option that is uniquely shortest or longest) and by their neighbour ("the week after
 * that", "the next one", "the one before that": the option beside the one chosen just before).
 */

/** An option described, and where its words lie ([at, to) offsets in the normalized text). */
export interface DescribedOption {
  index: number;
  at: number;
  to: number;
}

/** The index of the one option whose stretch of days is the shortest (`longest`: the longest); null on a tie. */
function extremeOption(ranges: Array<DayRange | null>, longest: boolean): number | null {
  const days = ranges.map((r) => (r ? dayCount(r) : null));
  const known = days.filter((d): d is number => d !== null);
  if (known.length < 2) return null;
  const best = longest ? Math.max(...known) : Math.min(...known);
  return days.filter((d) => d === best).length === 1 ? days.indexOf(best) : null;
}

/**
 * The options normalized `text` describes by length among the dated options `ranges` ("the short week" of
 * a list where one week has four days and the others five), the list named by `nouns`.
 */
export function optionsByLength(
  text: string,
  ranges: Array<DayRange | null>,
  nouns: string[],
): DescribedOption[] {
  const re = new RegExp(
    String.raw`\b(?:the\s+)?(short|long)(?:er|est)?\s+(?:${nounPattern(nouns)}|one)\b`,
    'g',
  );
  const out: DescribedOption[] = [];
  for (const m of text.matchAll(re)) {
    const index = extremeOption(ranges, m[1] === 'long');
    if (index !== null) out.push({ index, at: m.index, to: m.index + m[0].length });
  }
  return out;
}

/**
 * The options normalized `text` names as the neighbour of one chosen before it ("…, and the week after that",
 * "the next one"); `chosenBefore(at)` gives the indexes chosen by the words before `at`. Out of the list: none.
 */
export function neighbourOptions(
  text: string,
  count: number,
  nouns: string[],
  chosenBefore: (at: number) => number[],
): DescribedOption[] {
  const noun = String.raw`(?:${nounPattern(nouns)}|one)`;
  const re = new RegExp(
    String.raw`\b(?:the\s+)?${noun}\s+(?:right\s+|just\s+|straight\s+)?(after|before)\s+(?:that|it|this)\b|\bthe\s+(next|following)\s+${noun}\b`,
    'g',
  );
  const out: DescribedOption[] = [];
  for (const m of text.matchAll(re)) {
    const before = chosenBefore(m.index);
    if (!before.length) continue;
    const index = m[1] === 'before' ? Math.min(...before) - 1 : Math.max(...before) + 1;
    if (index >= 0 && index < count) out.push({ index, at: m.index, to: m.index + m[0].length });
  }
  return out;
}
