import type { Field } from '../../../core/wizard/definition.js';
import { STOPWORDS, contentStems, expandStem, fieldStems, normalize, stem } from './normalize.js';
import { plainestField } from './field-ties.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from './calendar-words.js';

/** Choosing the field a value belongs to among fields of the same type, by the words around it. */

/** Where one clause of a sentence ends and the next begins: a stop, or a joining word ("and", "then", "but"). */
const CLAUSE_BREAK = /[;.!?]|\b(?:and|then|but|plus|while)\b/gi;

/** A value said next (a number, a month or weekday name): words before it are its cue, not the previous one's. */
const NEXT_VALUE = new RegExp(String.raw`\d|\b(?:${MONTH_NAMES}|${WEEKDAY_NAMES})\b`, 'i');

/** A month or weekday name. */
const CALENDAR_WORD = new RegExp(String.raw`^(?:${MONTH_NAMES}|${WEEKDAY_NAMES})$`);

/** Where the last value said in `text` ends (0 when none): the words after it lead to the next value. */
function lastValueEnd(text: string): number {
  const values = [...text.matchAll(new RegExp(NEXT_VALUE.source + String.raw`\w*`, 'gi'))];
  const last = values[values.length - 1];
  return last ? last.index + last[0].length : 0;
}

/** A field's own words that can be cue words: not the example values of its hints ("e.g. Monday July 5"). */
function cueStems(field: Field): string[] {
  return fieldStems(field, false).filter((s) => !/\d/.test(s) && !CALENDAR_WORD.test(s));
}

/**
 * The words that can cue the value at `index`: those of its own clause only ("dropping her off July 1 and
 * picking up July 5": "picking up" is not July 1's). With `cuesPrecede`, words between two values and no
 * clause break cue only the later one ("drop off sept 3 pick up sept 6"), as a date's verb comes before it.
 */
export function cueWindow(
  utterance: string,
  index: number,
  length: number,
  cuesPrecede = false,
): { before: string; after: string } {
  let before = utterance.slice(Math.max(0, index - 45), index);
  const breaks = [...before.matchAll(CLAUSE_BREAK)];
  const last = breaks[breaks.length - 1];
  if (last) before = before.slice(last.index + last[0].length);
  if (cuesPrecede) before = before.slice(lastValueEnd(before));
  let after = utterance.slice(index + length, index + length + 25);
  const next = new RegExp(CLAUSE_BREAK.source, 'i').exec(after);
  if (next) after = after.slice(0, next.index);
  else if (cuesPrecede && NEXT_VALUE.test(after)) after = '';
  return { before, after };
}

/**
 * How well the words around `index` in `utterance` name `field` (stems + synonyms, within ~6 words of the value's
 * own clause; see `cueWindow`).
 */
export function cueScore(
  utterance: string,
  index: number,
  length: number,
  field: Field,
  cuesPrecede = false,
): number {
  const { before, after } = cueWindow(utterance, index, length, cuesPrecede);
  const near = new Set([...contentStems(before), ...contentStems(after)]);
  for (const w of normalize(before).split(/\W+/).slice(-3)) if (STOPWORDS.has(w)) near.add(stem(w));
  const own = cueStems(field);
  let s = 0;
  for (const n of near) {
    if (own.includes(n)) s += 1;
    else if (own.some((o) => expandStem(n).has(o))) s += 0.5;
  }
  return s;
}

/**
 * Picks the field a value at `index` belongs to among same-typed `fields`: the only one, or the clear cue winner
 * (`cue`), or the unqualified field of a tie. Null when none stands out.
 */
export function pick(
  fields: Field[],
  utterance: string,
  index: number,
  length: number,
): { field: Field; cue: boolean } | null {
  if (fields.length === 1) return { field: fields[0]!, cue: false };
  const scored = fields
    .map((f) => ({ f, s: cueScore(utterance, index, length, f) }))
    .sort((a, b) => b.s - a.s);
  if (scored[0] && scored[0].s > 0 && scored[0].s > (scored[1]?.s ?? 0))
    return { field: scored[0].f, cue: true };
  const plain = plainestField(scored.filter((x) => x.s === scored[0]!.s).map((x) => x.f));
  return plain ? { field: plain, cue: false } : null;
}

export const SECONDARY = /\b(?:return|end|dropoff|drop|checkout|new|inbound|arrival|until|to|out)\b/;

/** Like `pick`, but without a cue falls back to the one "primary" field (not return/end/new …): weak. */
export function pickPrimary(
  fields: Field[],
  utterance: string,
  index: number,
  length: number,
): { field: Field; cue: boolean; weak?: boolean } | null {
  const p = pick(fields, utterance, index, length);
  if (p) return p;
  const primary = fields.filter((f) => !SECONDARY.test(f.name.replace(/_/g, ' ')));
  return primary.length === 1 ? { field: primary[0]!, cue: false, weak: true } : null;
}
