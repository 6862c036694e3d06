import type { Option } from '../../../core/wizard/definition.js';
import { TEEN_WORDS, TENS_WORDS, UNIT_WORDS } from './number-lexicon.js';
import { normalize, stem } from './normalize.js';

/**
 * Options told apart by a quantity with its unit in the label ("Lightning talk (5 min)", "Session talk
 * (30 min)", "Workshop (2 hours)", "Small (1 bedroom)"), chosen by the same quantity said in any form:
 * "the 30 minute one", "half an hour", "a 45-min slot", "the two hour hands-on one". Lengths of time compare
 * in minutes (2 hours = 120 minutes); other units compare by stem ("bedroom" = "bedrooms").
 */

export interface Quantity {
  value: number;
  /** "minute" for lengths of time (value in minutes), else the unit word's stem */
  unit: string;
  span: string;
}

/** Minutes per unit of time, by the ways it is written. */
const TIME_UNITS: Readonly<Record<string, number>> = {
  m: 1,
  min: 1,
  mins: 1,
  minute: 1,
  minutes: 1,
  h: 60,
  hr: 60,
  hrs: 60,
  hour: 60,
  hours: 60,
};

const NUMBER_WORDS: Readonly<Record<string, number>> = { ...UNIT_WORDS, ...TEEN_WORDS, ...TENS_WORDS };
const alternatives = (words: Readonly<Record<string, number>>) => Object.keys(words).join('|');
/** Digits, or one to ninety-nine in words ("forty-five", "twenty five"), or "a"/"an". */
const NUMBER = String.raw`\d+(?:\.\d+)?|(?:${alternatives(TENS_WORDS)})(?:[\s-](?:${alternatives(UNIT_WORDS)}))?|${alternatives(TEEN_WORDS)}|${alternatives(UNIT_WORDS)}|an?`;
const QUANTITY = new RegExp(String.raw`\b(${NUMBER})(?:(?<=\d)\s*|\s*-\s*|\s+)([a-z]+)\b`, 'g');
const HALF_HOUR = /\bhalf(?:\s+an)?[\s-]+hour\b/g;
const HOUR_AND_A_HALF = /\b(an?|one|\d+)\s+hours?\s+and\s+a\s+half\b/g;

/** Words after a number that are no unit ("2 of them", "5 and"). */
const NOT_UNITS = new Set([
  'of',
  'and',
  'or',
  'to',
  'the',
  'a',
  'an',
  'for',
  'in',
  'on',
  'at',
  'is',
  'are',
  'one',
  'ones',
]);

function numberOf(said: string): number {
  if (said === 'a' || said === 'an') return 1;
  if (/^\d/.test(said)) return Number(said);
  return said.split(/[\s-]+/).reduce((sum, w) => sum + (NUMBER_WORDS[w] ?? NaN), 0);
}

/** The quantities with a unit in `text`, in order: "30 min" → {30, minute}; "2 hours" → {120, minute}. */
export function quantities(text: string): Quantity[] {
  const t = normalize(text);
  const out: Array<Quantity & { index: number }> = [];
  const taken: Array<[number, number]> = [];
  const take = (index: number, length: number) => taken.push([index, index + length]);
  const free = (index: number) => !taken.some(([a, b]) => index >= a && index < b);
  for (const m of t.matchAll(HOUR_AND_A_HALF)) {
    out.push({ value: numberOf(m[1]!) * 60 + 30, unit: 'minute', span: m[0], index: m.index });
    take(m.index, m[0].length);
  }
  for (const m of t.matchAll(HALF_HOUR)) {
    if (!free(m.index)) continue;
    out.push({ value: 30, unit: 'minute', span: m[0], index: m.index });
    take(m.index, m[0].length);
  }
  for (const m of t.matchAll(QUANTITY)) {
    if (!free(m.index)) continue;
    const [, said, word] = m as unknown as [string, string, string];
    if (NOT_UNITS.has(word)) continue;
    const value = numberOf(said);
    if (!Number.isFinite(value)) continue;
    // "a" and "an" count only before a unit of time ("an hour"), not before any noun ("a cat")
    if (/^an?$/.test(said) && TIME_UNITS[word] === undefined) continue;
    const minutes = TIME_UNITS[word];
    out.push({
      value: minutes === undefined ? value : value * minutes,
      unit: minutes === undefined ? stem(word) : 'minute',
      span: m[0],
      index: m.index,
    });
  }
  return out.sort((a, b) => a.index - b.index).map(({ index: _index, ...q }) => q);
}

/**
 * The one option whose label holds the quantity `utterance` says (same unit, same amount), or null when no
 * label holds a quantity, none or several match, or nothing with a unit is said.
 */
export function quantityOption(
  utterance: string,
  options: Option[],
): { option: Option; span: string } | null {
  const labelled = options.map((option) => ({ option, q: quantities(option.label) }));
  if (labelled.filter((l) => l.q.length === 1).length < 2) return null;
  for (const said of quantities(utterance)) {
    const hits = labelled.filter(
      (l) => l.q.length === 1 && l.q[0]!.unit === said.unit && l.q[0]!.value === said.value,
    );
    if (hits.length === 1) return { option: hits[0]!.option, span: said.span };
  }
  return null;
}
