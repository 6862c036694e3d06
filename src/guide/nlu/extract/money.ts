import type { Option } from '../../../core/wizard/definition.js';
import { MONEY_WORDS, findNumberMentions, type NumberMention } from './numbers.js';
import { normalize } from './normalize.js';
import { countableMentions } from './countable.js';

/**
 * Numeric ranges written in option labels or values ("Under $5,000", "$5,000–$20,000", "over-50k",
 * "5k-20k", "between 10 and 20", "50+") and the option whose range holds an amount said by the user
 * ("around thirty thousand dollars", "about 3 grand", "more than 100k").
 */

export interface NumericRange {
  /** lower bound; -Infinity when open */
  min: number;
  /** upper bound; Infinity when open */
  max: number;
  minInclusive: boolean;
  maxInclusive: boolean;
}

const BELOW =
  /\b(?:under|below|less than|fewer than|up to|at most|maximum|max\.?(?=\s*[$£€]?\d)|no more than|lower than|<=?)\s*|^\s*</;
const ABOVE =
  /\b(?:over|above|more than|greater than|at least|minimum|min\.?(?=\s*[$£€]?\d)|no less than|from|higher than|>=?)\s*|\d\s*\+(?!\s*\d)|\bplus\b|\bor more\b|^\s*>/;

/** Amount mentions in a range text; "5k-20k" style hyphens are treated as "to". */
function amounts(text: string): number[] {
  const spaced = normalize(text)
    .replace(/(\d)\s*-\s*(?=[$£€]?\d)/g, '$1 to ')
    .replace(/^(under|over|below|above)-/, '$1 ');
  return findNumberMentions(spaced)
    .filter((n) => !n.ordinal)
    .map((n) => n.value);
}

/**
 * Reads a numeric range from an option label or value. Returns null when the text holds no number or reads
 * as a single exact number ("3").
 */
export function parseRange(text: string): NumericRange | null {
  const t = normalize(text).replace(/^(under|over|below|above)-/, '$1 ');
  const nums = amounts(t);
  if (nums.length === 0) return null;
  if (nums.length >= 2) {
    const [a, b] = [nums[0]!, nums[1]!];
    return { min: Math.min(a, b), max: Math.max(a, b), minInclusive: true, maxInclusive: true };
  }
  const n = nums[0]!;
  const inclusive =
    /\b(?:up to|at most|at least|no more than|no less than|or (?:more|less|fewer)|plus)\b|\+|<=|>=/.test(t);
  if (BELOW.test(t) || /\bor (?:less|fewer)\b/.test(t))
    return { min: -Infinity, max: n, minInclusive: false, maxInclusive: inclusive };
  if (ABOVE.test(t)) return { min: n, max: Infinity, minInclusive: inclusive, maxInclusive: false };
  return null;
}

/** A label with one exact number ("1 bedroom") as a range of that number alone, among range options. */
function pointRange(label: string): NumericRange | null {
  const nums = amounts(label);
  return nums.length === 1 ? { min: nums[0]!, max: nums[0]!, minInclusive: true, maxInclusive: true } : null;
}

function contains(r: NumericRange, v: number): boolean {
  const lo = r.minInclusive ? v >= r.min : v > r.min;
  const hi = r.maxInclusive ? v <= r.max : v < r.max;
  return lo && hi;
}

/** The ranges of options whose label or value reads as a range; null when fewer than two options do. */
export function optionRanges(options: Option[]): Array<{ option: Option; range: NumericRange }> | null {
  const out: Array<{ option: Option; range: NumericRange }> = [];
  for (const option of options) {
    const range = parseRange(option.label) ?? parseRange(option.value) ?? pointRange(option.label);
    if (range) out.push({ option, range });
  }
  return out.length >= 2 &&
    out.some(
      (o) => !Number.isFinite(o.range.min) || !Number.isFinite(o.range.max) || o.range.min !== o.range.max,
    )
    ? out
    : null;
}

/**
 * The option whose bounds are the two numbers said, at the scale of the labels ("the 5 to 20 one" for
 * "$5,000 – $20,000"), or undefined.
 */
function optionWithBounds(
  ranges: Array<{ option: Option; range: NumericRange }>,
  low: number,
  high: number,
): Option | undefined {
  for (const scale of [1, 1e3, 1e6]) {
    const hit = ranges.find((r) => r.range.min === low * scale && r.range.max === high * scale);
    if (hit) return hit.option;
  }
  return undefined;
}

const CURRENCY = new RegExp(String.raw`[$£€¥₹]|\b(?:${MONEY_WORDS}|grand)\b|\d\s*k\b`, 'i');

/** Whether the options are amounts of money (a currency sign or word, or "5k", in a label or value). */
export function moneyOptions(options: Option[]): boolean {
  return options.some((o) => CURRENCY.test(o.label) || CURRENCY.test(o.value));
}

/** The words between the two ends of a range said: "80 to 90k", "40-60k", "eighty-five, ninety thousand". */
const RANGE_JOIN = /^\s*(?:-|–|—|to|and|or|,)\s*(?:about|around|maybe)?\s*$/i;

/** Words before an amount that put it just above: "more than 5k", "minimum £2,000". */
const SAID_ABOVE =
  /\b(?:more than|over|above|greater than|at least|upwards of|north of|min(?:imum)?(?:\s+of)?)\s*(?:[$£€¥₹]\s*)?$/;
/** Words before an amount that put it just below: "less than 5k", "maximum 5000 pounds". */
const SAID_BELOW =
  /\b(?:less than|under|below|at most|up to|no more than|south of|max(?:imum)?(?:\s+of)?)\s*(?:[$£€¥₹]\s*)?$/;
/** Words after an amount that bound it: "5k max", "5000 tops", "£2,000 minimum". */
const MAX_AFTER = /^\s*(?:max(?:imum)?|tops|at (?:the )?most)\b/;
const MIN_AFTER = /^\s*(?:min(?:imum)?|at (?:the )?least)\b/;

export interface RangeMatch {
  option: Option;
  amount: number;
  span: string;
  confidence: number;
}

/**
 * The option whose range holds the amount in `utterance`. "more than X" / "less than X" shift the amount just
 * past X; "between X and Y" uses the midpoint. Hedges ("around", "about") lower confidence a little.
 */
export function matchRangeOption(utterance: string, options: Option[]): RangeMatch | null {
  const ranges = optionRanges(options);
  if (!ranges) return null;
  const mentions: NumberMention[] = countableMentions(utterance);
  if (mentions.length === 0) return null;
  const t = normalize(utterance);
  let amount: number;
  let span: string;
  const first = mentions[0]!;
  const second = mentions[1];
  const between = second ? utterance.slice(first.index + first.span.length, second.index) : '';
  if (second && (RANGE_JOIN.test(between) || /\b(?:between|from)\b.*\b(?:and|to)\b/.test(t))) {
    const named = optionWithBounds(ranges, first.value, second.value);
    if (named)
      return { option: named, amount: first.value, span: `${first.span} … ${second.span}`, confidence: 0.85 };
    let low = first.value;
    const mag = /million|\bm\b/i.test(second.span) ? 1e6 : /thousand|grand|k\b/i.test(second.span) ? 1e3 : 1;
    if (mag > 1 && low * mag <= second.value) low *= mag;
    amount = (low + second.value) / 2;
    span = `${first.span} … ${second.span}`;
    // "fifty to sixty thousand": the option that holds both ends, before the one that holds the midpoint
    const both = ranges.filter((r) => contains(r.range, low) && contains(r.range, second.value));
    if (both.length === 1) return { option: both[0]!.option, amount, span, confidence: 0.85 };
  } else {
    const pick = mentions.find((m) => m.money) ?? first;
    amount = pick.value;
    span = pick.span;
    const before = t.slice(0, normalize(utterance.slice(0, pick.index)).length);
    const eps = Math.max(1e-6, Math.abs(amount) * 1e-6);
    const after = t.slice(normalize(utterance.slice(0, pick.index + pick.span.length)).length);
    if (SAID_ABOVE.test(before) || MIN_AFTER.test(after)) amount += eps;
    else if (SAID_BELOW.test(before) || MAX_AFTER.test(after)) amount -= eps;
  }
  const hits = ranges.filter((r) => contains(r.range, amount));
  if (hits.length === 0) return null;
  const hedged = /\b(?:around|about|roughly|approximately|maybe|probably|ish|or so|give or take)\b/.test(t);
  const confidence = (hits.length === 1 ? 0.9 : 0.7) - (hedged ? 0.05 : 0);
  return { option: hits[0]!.option, amount, span, confidence };
}

/** "the top one", "highest band", "the lowest bracket": an end of the scale of range options. */
const TOP = /\b(?:top|highest|biggest|largest|maximum)\s*(?:one|band|bracket|range|option|tier|level)?\b/;
const BOTTOM = /\b(?:bottom|lowest|smallest|minimum)\s*(?:one|band|bracket|range|option|tier|level)?\b/;

/** An amount right before ("5k max") or after ("maximum of £5,000") an end word, either side of the "|". */
const AMOUNT_NEAR =
  /(?:\d[\d,.]*\s*(?:k|grand|thousand|pounds?|dollars?|euros?|bucks|quid)?\s*\|)|(?:\|\s*(?:of\s+|is\s+)?[$£€¥₹]?\s*\d)/;

/**
 * The range option at the top or the bottom of the scale when `utterance` names an end of it ("the top one,
 * we have a fair amount of antiques" → "Over £100,000"): the options ranked by their ranges, not by the order
 * they are listed in. Null when the options are no ranges or no end is named, or both are.
 */
export function extremeRangeOption(utterance: string, options: Option[]): RangeMatch | null {
  const ranges = optionRanges(options);
  if (!ranges) return null;
  const t = normalize(utterance);
  // "maximum 5000 pounds", "5k max": a bound of an amount said, read by `matchRangeOption`
  const bound = (m: RegExpExecArray | null) =>
    m && AMOUNT_NEAR.test(`${t.slice(Math.max(0, m.index - 12), m.index)}|${t.slice(m.index + m[0].length)}`);
  const top = bound(TOP.exec(t)) ? null : TOP.exec(t);
  const bottom = bound(BOTTOM.exec(t)) ? null : BOTTOM.exec(t);
  if (!top === !bottom) return null;
  const mid = (r: NumericRange) =>
    Number.isFinite(r.min) ? (Number.isFinite(r.max) ? (r.min + r.max) / 2 : Infinity) : -Infinity;
  const ranked = [...ranges].sort((a, b) => mid(a.range) - mid(b.range) || a.range.min - b.range.min);
  const end = top ? ranked[ranked.length - 1]! : ranked[0]!;
  return {
    option: end.option,
    amount: top ? end.range.min : end.range.max,
    span: (top ?? bottom)![0],
    confidence: 0.85,
  };
}
