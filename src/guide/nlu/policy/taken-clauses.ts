import type { Field } from '../../../core/wizard/definition.js';
import { contentStems } from '../extract/normalize.js';
import { isFreeText } from './free-text.js';
import type { Candidate } from './plan.js';
import { spansOverlap } from './spans.js';

/**
 * The clauses of a description that belong to other fields rather than to the description. Pure.
 *
 * A note field asked with other questions ("anything we should know?") must not keep a clause whose words
 * were taken as other fields' values ("staying from May 3 2030 to May 9, collecting him at 5"), nor a
 * self-repair that corrects one ("no wait, it's 12"): such a clause is no free text for the note.
 */

/** A clause and the separator that followed it (", ", ". ", ""). */
export type Clause = { text: string; after: string };

/** Clause breaks: sentence ends, commas, semicolons, dashes between words. */
const BREAKS = /([.!?;,]+(?:\s+|$)|\s[-–—]\s)/;

/** The clauses of `text`, each with the break that followed it. */
export function clausesOf(text: string): Clause[] {
  const bits = text.split(BREAKS);
  const out: Clause[] = [];
  for (let i = 0; i < bits.length; i += 2) out.push({ text: bits[i] ?? '', after: bits[i + 1] ?? '' });
  return out;
}

/** A clause that repairs what was just said ("no wait", "sorry, I mean", "scratch that"). */
const SELF_REPAIR =
  /^\W*(?:(?:no|oh|oops|um|uh)[\s,]+)?(?:wait|sorry[\s,]+i\s+meant?|i\s+meant?|scratch\s+that|correction|make\s+that)\b/i;

/** Whether a clause repairs an earlier word of the same turn rather than saying something new. */
export function isSelfRepair(clause: string): boolean {
  return SELF_REPAIR.test(clause.replace(/’/g, "'"));
}

/** Stems of a field's name and label, without nouns of a value's kind ("time", "date"). */
function fieldStems(field: Field): string[] {
  const kind = new Set(contentStems('date day time number name preferred'));
  return contentStems(`${field.name.replace(/_/g, ' ')} ${field.label}`).filter((s) => !kind.has(s));
}

/** Whether a said stem is a field's stem or a misspelling that starts like it ("droping" → "drop"). */
const sameStem = (said: string, own: string) =>
  said === own || (own.length >= 4 && said.startsWith(own) && said.length <= own.length + 3);

/**
 * Whether `clause` gives other fields' values rather than free text: it holds one (`holds`) and names that
 * value's field apart from the value's own words ("dropping her off at 9"; not "this talk walks through …",
 * where "talk" is both the option said and a word of the field "talk format"), or it holds values of two
 * fields or more and little else ("from 3 May to 9 May").
 */
function givesOtherValues(clause: string, held: Candidate[], fields: Field[]): boolean {
  if (held.length === 0) return false;
  const said = contentStems(clause);
  const names = (c: Candidate) => {
    const field = fields.find((f) => f.name === c.field);
    const value = new Set(contentStems(c.span ?? ''));
    const apart = said.filter((s) => !value.has(s));
    return !!field && fieldStems(field).some((own) => apart.some((s) => sameStem(s, own)));
  };
  if (held.some(names)) return true;
  if (new Set(held.map((c) => c.field)).size < 2) return false;
  const used = new Set(held.flatMap((c) => contentStems(c.span ?? '')));
  return said.filter((s) => !used.has(s)).length * 2 <= said.length;
}

/**
 * `text` (a description's value) without the clauses that give other fields' values or repair one: those
 * holding a typed value of `others` (not free text, not yes/no; `holds` tells whether a clause holds it) that
 * name its field or hold values of two fields and little else, and self-repairs. The kept clauses are as
 * said (`text` itself when none is cut); empty when none is left.
 */
export function withoutTakenClauses(
  text: string,
  field: Field,
  others: Candidate[],
  fields: Field[],
  holds: (clause: string, c: Candidate) => boolean,
): string {
  const typed = others.filter((o) => {
    const f = fields.find((x) => x.name === o.field);
    return o.field !== field.name && !!f && !isFreeText(f) && f.type !== 'boolean';
  });
  const clauses = clausesOf(text);
  const kept = clauses.filter((c) => {
    if (!/\w/.test(c.text)) return false;
    if (isSelfRepair(c.text)) return false;
    const held = typed.filter((o) => spansOverlap(o.span, c.text) || holds(c.text, o));
    return !givesOtherValues(c.text, held, fields);
  });
  return kept.length === clauses.length ? text : joinClauses(kept);
}

/** Kept clauses joined with their own breaks; a comma or dash left at the end is dropped. */
export function joinClauses(kept: Clause[]): string {
  return kept
    .map((c) => c.text + c.after)
    .join('')
    .replace(/[\s,;:–—-]+$/, '')
    .trim();
}
