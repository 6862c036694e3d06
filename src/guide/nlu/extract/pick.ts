import type { Field } from '../../../core/wizard/definition.js';
import { STOPWORDS, contentStems, expandStem, fieldStems, normalize, stem } from './normalize.js';
import { plainestField } from './field-ties.js';

/** Choosing the field a value belongs to among fields of the same type, by the words around it. */

/** How well the words around `index` in `utterance` name `field` (stems + synonyms, within ~6 words). */
export function cueScore(utterance: string, index: number, length: number, field: Field): number {
  const before = utterance.slice(Math.max(0, index - 45), index);
  const after = utterance.slice(index + length, index + length + 25);
  const near = new Set([...contentStems(before), ...contentStems(after)]);
  for (const w of normalize(before).split(/\W+/).slice(-3)) if (STOPWORDS.has(w)) near.add(stem(w));
  const own = fieldStems(field, false);
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
