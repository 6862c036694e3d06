import { cardinalWords } from './number-lexicon.js';
import { escapeRegExp } from './normalize.js';

/**
 * A run of options chosen by its place in the list: "the first two weeks", "the last 3", "the two last weeks",
 * "the last couple of weeks", "the first week" (the options' own noun said with it). A month said after it in
 * the same clause ("the two last weeks of the summer, in august", "the first week of july") counts the places
 * among that month's options only (`within`).
 */

const COUNTS = cardinalWords(1, 20);
const COUNT = String.raw`\d{1,2}|${Object.keys(COUNTS).join('|')}|couple(?:\s+of)?|pair(?:\s+of)?`;
const END = String.raw`first|last|final`;

/** The number a count word says: "two", "3", "couple of" (2). */
function countOf(word: string): number {
  if (/^(?:couple|pair)/.test(word)) return 2;
  return COUNTS[word] ?? Number(word);
}

/**
 * The pattern of nouns an option list is named by, each with its plural: "week" → "weeks", "activity" →
 * "activities"; "ones" and "options" name any list.
 */
export function nounPattern(nouns: string[]): string {
  const forms = nouns.map((n) =>
    /[^aeiou]y$/.test(n) ? `${escapeRegExp(n.slice(0, -1))}(?:y|ies)` : `${escapeRegExp(n)}(?:e?s)?`,
  );
  return [...forms, 'ones', 'options', 'choices'].join('|');
}

/** A run found: the option indexes (0-based, in list order) and where its words lie ([at, to) offsets). */
export interface OptionRun {
  indexes: number[];
  at: number;
  to: number;
}

/** A month said after a run in its clause: its 1–12 and where its word ends. */
export type MonthAfter = (clause: string) => { month: number; to: number } | null;

/**
 * The runs of places said in normalized `text` among `count` options whose list `nouns` name (stems such as
 * "week"). `monthAfter` finds a month said after a run in its clause, and `within` gives the indexes of that
 * month's options (none: the month does not narrow the list). A single place ("the first week") is read only
 * with the options' own noun and "the" ("the last week", not "last week" alone), or with a month.
 */
export function optionRuns(
  text: string,
  count: number,
  nouns: string[],
  monthAfter?: MonthAfter,
  within?: (month: number) => number[],
): OptionRun[] {
  const noun = nounPattern(nouns);
  const own = nouns.length ? nounPattern(nouns).replace(/\|ones\|options\|choices$/, '') : null;
  const runs: OptionRun[] = [];
  const patterns = [
    // "the first two weeks", "the last 3", "first couple of weeks"
    new RegExp(String.raw`\b(the\s+)?(?:very\s+)?(${END})\s+(${COUNT})(?:\s+(${noun}))?\b`, 'g'),
    // "the two last weeks"
    new RegExp(String.raw`\b(the\s+)?(${COUNT})\s+(${END})\s+(${noun})\b`, 'g'),
    // "the first week", "the last week of july"
    ...(own ? [new RegExp(String.raw`\b(the\s+)?(?:very\s+)?(${END})()\s+(${own})\b`, 'g')] : []),
  ];
  for (const [k, re] of patterns.entries())
    for (const m of text.matchAll(re)) {
      const [end, said, named] = k === 1 ? [m[3]!, m[2]!, m[4]] : [m[2]!, m[3]!, m[4]];
      const at = m.index;
      let to = at + m[0].length;
      if (runs.some((r) => at < r.to && r.at < to)) continue;
      const rest = text.slice(to);
      // "the first two" said alone ends there: not "the first two kids"
      if (!named && !/^\s*(?:$|[,.;!?]|(?:and|please|of|in|then)\b)/.test(rest)) continue;
      const clause = rest.split(/\band\b|[.;!?]/)[0]!;
      const month = monthAfter?.(clause) ?? null;
      const pool = month && within ? within(month.month) : [];
      if (pool.length) to += month!.to;
      const places = pool.length ? pool : Array.from({ length: count }, (_, i) => i);
      const n = said ? countOf(said) : 1;
      // one place needs the noun and "the", or a month: "last week" alone is a time, not a place in the list
      if (n === 1 && !pool.length && (!m[1] || !named || k === 0)) continue;
      if (n < 1 || n > places.length) continue;
      runs.push({ indexes: end === 'first' ? places.slice(0, n) : places.slice(-n), at, to });
    }
  return runs.sort((a, b) => a.at - b.at);
}
