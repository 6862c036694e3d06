import type { Option } from '../../../core/wizard/definition.js';
import { UNIT_WORDS } from './number-lexicon.js';
import { normalize } from './normalize.js';

/**
 * How often, said in many shapes: "weekly", "once a fortnight", "every two weeks", "every other month",
 * "twice a month", "each quarter". A rate is read as its period in days, so an option is chosen by what its
 * own words mean ("Fortnightly", "every two weeks") rather than by a word they share ("once" of "One-off").
 * The units are the calendar's; the shapes are the general English ones of saying a rate.
 */

/** Days of each unit; a quarter is three months and a year twelve, so "every 3 months" is quarterly. */
const UNIT_DAYS: Readonly<Record<string, number>> = {
  day: 1,
  week: 7,
  fortnight: 14,
  month: 30,
  quarter: 90,
  year: 360,
  annum: 360,
};
const UNIT = String.raw`(day|week|fortnight|month|quarter|year|annum)s?`;
const COUNT = String.raw`(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|other|second|third|fourth)`;

const TIMES: Readonly<Record<string, number>> = { once: 1, twice: 2, thrice: 3 };
const ORDINAL: Readonly<Record<string, number>> = { other: 2, second: 2, third: 3, fourth: 4 };

const count = (word: string | undefined): number | null => {
  if (!word) return 1;
  if (/^\d+$/.test(word)) return Number(word);
  if (word === 'a' || word === 'an') return 1;
  return ORDINAL[word] ?? UNIT_WORDS[word] ?? null;
};

/** The shapes of a rate, each giving the period in days from its match. */
const SHAPES: Array<[RegExp, (m: RegExpExecArray) => number | null]> = [
  // "once a fortnight", "twice a month", "3 times a week", "once per year", "once every two weeks"
  [
    new RegExp(
      String.raw`\b(once|twice|thrice|(\d+|one|two|three|four|five|six|seven) times)\s+(?:a|an|per|each|every)\s+(?:${COUNT}\s+)?${UNIT}\b`,
    ),
    (m) => {
      const times = TIMES[m[1]!] ?? count(m[2]);
      const n = count(m[3]);
      return times && n ? (n * UNIT_DAYS[m[4]!]!) / times : null;
    },
  ],
  // "every fortnight", "every two weeks", "every other month", "each week", "every 4 weeks"
  [
    new RegExp(String.raw`\b(?:every|each)\s+(?:${COUNT}\s+)?${UNIT}\b`),
    (m) => {
      const n = count(m[1]);
      return n ? n * UNIT_DAYS[m[2]!]! : null;
    },
  ],
  // "weekly", "fortnightly", "monthly", "quarterly", "yearly", "daily"
  [/\b(dai|week|fortnight|month|quarter|year)ly\b/, (m) => (m[1] === 'dai' ? 1 : UNIT_DAYS[m[1]!]!)],
  // "annually", "annual"
  [/\bannual(?:ly)?\b/, () => 360],
];

export interface RateMention {
  /** the period in days (a week is 7; "twice a week" is 3.5; see `UNIT_DAYS`) */
  days: number;
  start: number;
  end: number;
}

/** The rates said in `text`, in order, each with where it was said (in the normalised text). */
export function rateMentions(text: string): RateMention[] {
  const t = normalize(text);
  const out: RateMention[] = [];
  for (const [shape, days] of SHAPES)
    for (const m of t.matchAll(new RegExp(shape.source, 'g'))) {
      const d = days(m as RegExpExecArray);
      if (d === null) continue;
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((o) => o.start < end && start < o.end)) continue;
      out.push({ days: d, start, end });
    }
  return out.sort((a, b) => a.start - b.start);
}

/** The periods in days an option's label, value and synonyms say ("Monthly", "every four weeks" → 30, 28). */
export function optionRates(option: Option): Set<number> {
  const words = [option.label, option.value.replace(/[-_]+/g, ' '), ...(option.synonyms ?? [])];
  return new Set(words.flatMap((p) => rateMentions(p).map((r) => r.days)));
}

/**
 * The option one of whose rates is the last rate said in `utterance` ("once a fortnight" → the option said
 * "Fortnightly" or "every two weeks"), when exactly one option has it; null otherwise (no rate said, or no
 * option or several with that period).
 */
export function rateOption(
  utterance: string,
  options: Option[],
): { option: Option; span: string; start: number; end: number } | null {
  const said = rateMentions(utterance);
  const last = said[said.length - 1];
  if (!last) return null;
  const same = options.filter((o) => optionRates(o).has(last.days));
  if (same.length !== 1) return null;
  return { option: same[0]!, span: normalize(utterance).slice(last.start, last.end), ...last };
}
