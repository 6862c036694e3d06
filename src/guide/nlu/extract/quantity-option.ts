import type { Option } from '../../../core/wizard/definition.js';
import { UNIT_WORDS } from './number-lexicon.js';
import { findNumberMentions } from './numbers.js';
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

/** "an hour", "a minute": one of a unit of time. */
const ONE_TIME_UNIT = /\ban?\s+(min(?:ute)?s?|h(?:ou)?rs?|hours?)\b/g;
/** The word right after a number, joined by a hyphen or a space or nothing after digits ("30min", "90-min"). */
const UNIT_AFTER = /^(?:\s*-\s*|\s+|)([a-z]+)\b/;
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

/** The quantities with a unit in `text`, in order: "30 min" → {30, minute}; "2 hours" → {120, minute}. */
export function quantities(text: string): Quantity[] {
  const t = normalize(text);
  const out: Array<Quantity & { index: number }> = [];
  const taken: Array<[number, number]> = [];
  const take = (index: number, length: number) => taken.push([index, index + length]);
  const free = (index: number) => !taken.some(([a, b]) => index >= a && index < b);
  for (const m of t.matchAll(HOUR_AND_A_HALF)) {
    out.push({
      value: (/^an?$/.test(m[1]!) ? 1 : Number(UNIT_WORDS[m[1]!] ?? m[1])) * 60 + 30,
      unit: 'minute',
      span: m[0],
      index: m.index,
    });
    take(m.index, m[0].length);
  }
  for (const m of t.matchAll(HALF_HOUR)) {
    if (!free(m.index)) continue;
    out.push({ value: 30, unit: 'minute', span: m[0], index: m.index });
    take(m.index, m[0].length);
  }
  for (const m of t.matchAll(ONE_TIME_UNIT)) {
    if (!free(m.index)) continue;
    out.push({ value: TIME_UNITS[m[1]!] ?? 60, unit: 'minute', span: m[0], index: m.index });
    take(m.index, m[0].length);
  }
  for (const n of findNumberMentions(t)) {
    if (n.ordinal || n.money || !free(n.index)) continue;
    const end = n.index + n.span.length;
    const unit = UNIT_AFTER.exec(t.slice(end));
    const word = unit?.[1];
    if (!word || NOT_UNITS.has(word) || (!/\d$/.test(n.span) && unit[0] === word)) continue;
    const minutes = TIME_UNITS[word];
    out.push({
      value: minutes === undefined ? n.value : n.value * minutes,
      unit: minutes === undefined ? stem(word) : 'minute',
      span: t.slice(n.index, end + unit[0].length),
      index: n.index,
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
