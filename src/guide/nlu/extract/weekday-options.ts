import type { Option } from '../../../core/wizard/definition.js';
import { normalize } from './normalize.js';
import { outsideReasons } from './reason-clause.js';

/**
 * Multi-choice options that are days of the week ("Monday" … "Sunday", "Mon" … "Sun", "Weekdays",
 * "Weekends", or days with a time of day: "Weekday mornings", "Saturday afternoon"), chosen from the days an
 * answer names in any of the usual ways: "tue thu", "Mondays and Wednesdays", "mon-wed", "Monday through
 * Friday", "weekends only", "every weekday except Friday", "any day but Sunday", "not weekends", "all week".
 * Days are numbered 0 (Monday) to 6 (Sunday).
 */

/** The weekday names and their usual short forms, singular or plural (a closed class). */
const DAY_FORMS: ReadonlyArray<string> = [
  'mon(?:day)?',
  'tue(?:s(?:day)?)?',
  'wed(?:s|nesday)?',
  'thu(?:r(?:s(?:day)?)?)?',
  'fri(?:day)?',
  'sat(?:urday)?',
  'sun(?:day)?',
];
const WEEKDAYS = [0, 1, 2, 3, 4];
const WEEKEND = [5, 6];
const ALL_DAYS = [0, 1, 2, 3, 4, 5, 6];

/** Words for a group of days: the working week, the weekend, the whole week. */
const GROUPS: ReadonlyArray<[string, number[]]> = [
  ['week\\s?days?|work\\s?days?|working\\s+days?|business\\s+days?|school\\s+days?', WEEKDAYS],
  ['week\\s?ends?', WEEKEND],
  [
    'all\\s+week(?:\\s+long)?|(?:the\\s+)?whole\\s+week|every\\s*day|any\\s*day|all\\s+days|daily|(?:7|seven)\\s+days(?:\\s+a\\s+week)?',
    ALL_DAYS,
  ],
];

/** One mention of days in a text: what it covers and where it lies. */
interface DayMention {
  days: number[];
  start: number;
  end: number;
}

const DAY_RE = new RegExp(`\\b(?:${DAY_FORMS.map((f) => `(${f})`).join('|')})s?\\b\\.?`, 'g');
const GROUP_RE = new RegExp(`\\b(?:${GROUPS.map(([f]) => `(${f})`).join('|')})\\b`, 'g');
/** Words joining two days into the run between them: "mon-wed", "Monday to Friday", "thru", "until". */
const RANGE_JOIN = /^\s*(?:-|to|through|thru|till|until|and\s+through)\s*$/;

/** The days `text` (normalized) names, with runs ("mon-wed") spread out, in order of place. */
function dayMentions(text: string): DayMention[] {
  const found: DayMention[] = [];
  for (const m of text.matchAll(DAY_RE)) {
    const day = m.slice(1).findIndex(Boolean);
    found.push({ days: [day], start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(GROUP_RE)) {
    const group = m.slice(1).findIndex(Boolean);
    if (!found.some((f) => f.start < m.index + m[0].length && m.index < f.end))
      found.push({ days: GROUPS[group]![1], start: m.index, end: m.index + m[0].length });
  }
  found.sort((a, b) => a.start - b.start);
  const out: DayMention[] = [];
  for (const mention of found) {
    const prev = out[out.length - 1];
    if (
      prev?.days.length === 1 &&
      mention.days.length === 1 &&
      RANGE_JOIN.test(text.slice(prev.end, mention.start))
    ) {
      const from = prev.days[0]!;
      const span = (mention.days[0]! - from + 7) % 7;
      out[out.length - 1] = {
        days: Array.from({ length: span + 1 }, (_, i) => (from + i) % 7),
        start: prev.start,
        end: mention.end,
      };
    } else out.push(mention);
  }
  return out;
}

/** Whether `text` names a day of the week or a group of days ("Tuesday", "Weekday mornings", "weekends"). */
export function namesWeekdays(text: string): boolean {
  return dayMentions(normalize(text)).length > 0;
}

/** Words that set the days after them aside: "except Friday", "any day but Sunday", "not weekends". */
const EXCLUDING =
  /\b(?:except(?:\s+for)?|but\s+not|not(?:\s+on)?|no|other\s+than|apart\s+from|besides|excluding|without|minus|can'?t(?:\s+do)?|cannot(?:\s+do)?|busy(?:\s+on)?|unavailable(?:\s+on)?)\s*$/;
/** "but" sets days aside only after a group of days: "any day but Sunday", not "Mondays, but Wednesdays too". */
const BUT = /\bbut\s*$/;
/** Words that carry an exclusion on to the next day: "except Friday and Saturday", "not mon or tue". */
const LIST_JOIN = /^\s*(?:,|and|or|,\s*and|,\s*or|&|\/)?\s*$/;

/**
 * The days an answer chooses, or null when it names none: mentioned days less those set aside, with the
 * words from the first day named to the last.
 */
export function saidWeekdays(utterance: string): { days: Set<number>; span: string } | null {
  const text = normalize(utterance);
  const mentions = dayMentions(text);
  if (!mentions.length) return null;
  const chosen = new Set<number>();
  const excluded = new Set<number>();
  let excluding = false;
  mentions.forEach((m, i) => {
    const gap = text.slice(i ? mentions[i - 1]!.end : 0, m.start);
    if (EXCLUDING.test(gap) || (BUT.test(gap) && mentions[i - 1]!.days.length > 1)) excluding = true;
    else if (!(excluding && i && LIST_JOIN.test(gap))) excluding = false;
    for (const d of m.days) (excluding ? excluded : chosen).add(d);
  });
  const base = chosen.size ? chosen : new Set(ALL_DAYS);
  return {
    days: new Set([...base].filter((d) => !excluded.has(d))),
    span: text.slice(mentions[0]!.start, mentions[mentions.length - 1]!.end),
  };
}

/** Times of day an option or answer may name (a closed class), by their stem. */
const TIME_OF_DAY = /\b(morning|afternoon|evening|night|lunch\s*time|after\s+school)s?\b/g;
const timesOfDay = (text: string) => new Set([...text.matchAll(TIME_OF_DAY)].map((m) => m[1]!));

/** An option's days and the times of day its label names. */
interface DayOption {
  option: Option;
  days: number[];
  times: Set<string>;
}

/** The options that name days; empty unless at least two do. */
function dayOptions(options: Option[]): DayOption[] {
  const out: DayOption[] = [];
  for (const option of options) {
    const label = normalize(option.label);
    const days = [...new Set(dayMentions(label).flatMap((m) => m.days))];
    if (days.length) out.push({ option, days, times: timesOfDay(label) });
  }
  return out.length >= 2 ? out : [];
}

/**
 * The values of the weekday `options` that `utterance` chooses, in option order, and the words that chose
 * them; null when the options are
 * not days or the answer names none. A day goes to its own option; a group option ("Weekends", "Weekday
 * mornings") is chosen when the answer covers all its days, or names one of them that has no option of its
 * own. An option with a time of day is left out when the answer names other times only.
 */
export function weekdayOptionValues(
  utterance: string,
  options: Option[],
): { values: string[]; span: string } | null {
  const dayed = dayOptions(options);
  if (!dayed.length) return null;
  const said = saidWeekdays(utterance);
  if (!said?.days.size) return null;
  const { days } = said;
  // "weekday afternoons, I have uni in the mornings": the times of a reason are no choice
  const chosenTimes = timesOfDay(normalize(outsideReasons(utterance)));
  const times = chosenTimes.size ? chosenTimes : timesOfDay(normalize(utterance));
  const single = new Set(dayed.filter((o) => o.days.length === 1).flatMap((o) => o.days));
  const picked = dayed.filter((o) => {
    if (times.size && o.times.size && ![...o.times].some((t) => times.has(t))) return false;
    if (o.days.length === 1) return days.has(o.days[0]!);
    return o.days.every((d) => days.has(d)) || o.days.some((d) => days.has(d) && !single.has(d));
  });
  return picked.length ? { values: picked.map((o) => o.option.value), span: said.span } : null;
}
