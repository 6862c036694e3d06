import type { Option } from '../../../core/wizard/definition.js';
import { countableMentions } from './countable.js';
import { matchRangeOption, optionRanges, type RangeMatch } from './money.js';
import { settledMention } from './number-answer.js';
import { stem, tokens } from './normalize.js';
import { unitNamed } from './units.js';

/**
 * Range options counted in a unit other than money ("None", "Less than a year", "1–3 years", "More than 3
 * years"; "Under 5 km", "5–20 km"; "1–2 people", "3+ people"): a number said with a unit of the same kind
 * is put in the option whose range holds it, after converting it to the labels' unit ("8 months" → 0.67
 * years → "Less than a year"; "bit over 2 years" → "1–3 years"). The range logic is `matchRangeOption`'s;
 * this only finds the number with its unit and restates it in the labels' unit.
 */

interface Unit {
  /** a dimension of `units.ts` ("time", "length"), or the stem of a noun that counts itself ("peopl") */
  kind: string;
  /** size in the kind's base unit (days, kilometres); 1 for a counted noun */
  size: number;
  /** the unit's word as the labels write it */
  word: string;
  /** whether it is a unit of measure of `units.ts` (not a counted noun) */
  measure: boolean;
}

/** The unit a word names ("yrs" → year, "mths" → month, "people" → people), or null for no noun. */
function unitOf(word: string): Unit | null {
  if (!/^[a-z]+$/.test(word) || word.length < 2) return null;
  const u = unitNamed(word);
  if (u) return { kind: u.dimension, size: u.size, word: u.name, measure: true };
  const s = stem(word);
  return { kind: s, size: 1, word: s, measure: false };
}

/** "a year", "an hour": one of the unit, written as a number so a range reads it ("Less than a year"). */
function oneAsDigit(text: string): string {
  return text.replace(/\b(?:a|an|one)\s+(?=[a-z]+)/gi, (m, offset: number, all: string) => {
    const next = /^[a-z]+/i.exec(all.slice(offset + m.length))![0];
    const u = unitOf(next.toLowerCase());
    // the same length, so offsets in the text stay those of the words said
    return u?.measure ? '1'.padEnd(m.length) : m;
  });
}

/** The unit the range labels count in (the word after their numbers), or null when they share none. */
function labelsUnit(options: Option[]): Unit | null {
  let found: Unit | null = null;
  for (const o of options) {
    const words = tokens(oneAsDigit(o.label));
    const at = words.findIndex((w, i) => /\d$/.test(w) && i + 1 < words.length && !/\d/.test(words[i + 1]!));
    if (at < 0) continue;
    const u = unitOf(words[at + 1]!);
    if (!u) continue;
    if (found && (found.kind !== u.kind || found.size !== u.size)) return null;
    found = u;
  }
  return found;
}

/** A half said after a unit: "1 year and a half", "2 years and half". */
const AND_A_HALF = /^\s*(?:and\s+)?(?:a\s+)?half\b/i;
/** A unit said as a rate ("25 hrs/wk", "12 hours a week", "3 days per month"): how often, not how long. */
const RATE = /^\s*(?:\/|per\b|a\b|an\b|each\b|every\b)\s*([a-z]+)/i;

/** Whether the words after a unit make it a rate: "/wk", "a week", "per day" (not "each way"). */
function isRate(after: string): boolean {
  const word = RATE.exec(after)?.[1];
  return word !== undefined && unitOf(word.toLowerCase())?.kind === 'time';
}
/** How far apart a unit said and the labels' may be (hours for years is no answer to "how long"). */
const MAX_RATIO = 400;

/**
 * The option of `options` whose range holds a number said with a unit of the labels' kind (see the file
 * comment), or null when the options are no ranges of a unit or no such number is said. The settled number
 * wins ("2 years, call it 3"), else the first. The words before the number in its clause ("bit over",
 * "less than") are kept, so a comparator shifts the number as `matchRangeOption` does.
 */
export function unitRangeOption(utterance: string, options: Option[]): RangeMatch | null {
  const labels = options.map((o) => ({ ...o, label: oneAsDigit(o.label) }));
  const unit = optionRanges(labels) ? labelsUnit(options) : null;
  if (!unit) return null;
  const said = oneAsDigit(utterance);
  const withUnit = countableMentions(said).flatMap((n) => {
    const end = n.index + n.span.length;
    const word = /^\s*([a-z]+)/i.exec(said.slice(end));
    const u = word ? unitOf(word[1]!.toLowerCase()) : null;
    if (!u || u.kind !== unit.kind || Math.max(u.size / unit.size, unit.size / u.size) > MAX_RATIO) return [];
    const after = said.slice(end + word![0].length);
    if (isRate(after)) return [];
    const half = AND_A_HALF.exec(after);
    const value = ((n.value + (half ? 0.5 : 0)) * u.size) / unit.size;
    const span = utterance.slice(n.index, end + word![0].length + (half?.[0].length ?? 0));
    return [{ ...n, value, span }];
  });
  const n = settledMention(said, withUnit) ?? withUnit[0];
  if (!n) return null;
  const clause =
    said
      .slice(0, n.index)
      .split(/[,;.!?]/)
      .pop() ?? '';
  const m = matchRangeOption(`${clause}${Number(n.value.toFixed(4))} ${unit.word}`, labels);
  if (!m) return null;
  return { ...m, option: options[labels.indexOf(m.option as (typeof labels)[number])]!, span: n.span };
}

/**
 * Whether every number of `utterance` is said with a unit (a length or distance) that the range options'
 * unit does not take: "25 hrs/wk" or "36 hours" for options in years. Such a number holds no option's
 * range, whatever its digits.
 */
export function saysOtherUnit(utterance: string, options: Option[]): boolean {
  const labels = options.map((o) => ({ ...o, label: oneAsDigit(o.label) }));
  if (!optionRanges(labels) || !labelsUnit(options)) return false;
  const said = oneAsDigit(utterance);
  const mentions = countableMentions(said);
  return (
    mentions.length > 0 &&
    mentions.every((n) => {
      const word = /^\s*([a-z]+)/i.exec(said.slice(n.index + n.span.length))?.[1]?.toLowerCase();
      const u = word ? unitOf(word) : null;
      return u?.measure === true;
    })
  );
}
