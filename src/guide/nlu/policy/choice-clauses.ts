import type { Field } from '../../../core/wizard/definition.js';
import { clausesOf, joinClauses } from './taken-clauses.js';
import { isFreeText } from './free-text.js';
import { holdsProse } from '../extract/text-kind.js';
import { isLongText, standsApart } from './embedded.js';
import type { Candidate } from './plan.js';

/**
 * The clauses of an optional note that answer a choice asked with it. Pure.
 *
 * Asked for the services and "anything else we should know?" together, "oil change, and can you put my
 * winter tires on" names an option in each clause: both are the choice's answer, and the note gets nothing.
 * Only a clause that names no option chosen ("the car pulls to the left") is a remark for the note. The rule
 * is structural: an optional free-text field, a single or multi select asked with it, and the clauses from
 * which that select alone reads options it chose.
 */

const CHOICE = new Set<Field['type']>(['single_select', 'multi_select']);

/** Whether every option of `part` (a value read from one clause) is among `chosen` (the select's answer). */
export function within(part: unknown, chosen: unknown): boolean {
  const items = Array.isArray(part) ? part : [part];
  const all = Array.isArray(chosen) ? chosen : [chosen];
  return items.length > 0 && items.every((v) => all.includes(v));
}

/**
 * Whether a free-text field takes a remark in the person's words: a description (`isLongText`), prose
 * (`holdsProse`), or a field put as an open question ("Anything else we should know?"); not a short value
 * such as a company name.
 */
export function takesRemarks(f: Field): boolean {
  if (!isFreeText(f)) return false;
  return isLongText(f) || holdsProse(f) || [f.label, f.description ?? ''].some((t) => /\?\s*$/.test(t));
}

/** A select and the value read for it in the utterance. */
export type Chosen = { select: Field; value: unknown };

/**
 * The selects whose clauses a note leaves: those asked with it (`asked`) that have a value among `own`, and
 * any other multi select (a list) named verbatim (`heard`: "actually add an alignment as well" to the note's
 * question).
 */
export function chosenSelects(
  field: Field,
  asked: Field[],
  own: Candidate[],
  heard: Candidate[],
  fields: Field[],
): Chosen[] {
  const isAsked = (name: string) => asked.some((f) => f.name === name);
  const select = (name: string) =>
    fields.find((f) => f.name === name && f.name !== field.name && CHOICE.has(f.type));
  const out: Chosen[] = [];
  for (const c of [
    ...own.filter((o) => isAsked(o.field)),
    ...heard.filter((o) => !isAsked(o.field) && o.extractor === 'verbatim-option' && Array.isArray(o.value)),
  ]) {
    const f = select(c.field);
    if (f && !out.some((x) => x.select === f)) out.push({ select: f, value: c.value });
  }
  return out;
}

/**
 * `text` (an answer read for `field`) without the clauses that name options chosen for a select (`chosen`):
 * `read(clause, select)` reads the select's value from one clause (null when none). Only for an optional
 * field that takes remarks (`takesRemarks`); for a description (`isLongText`), only clauses where the
 * option's words stand apart. `text` itself when no clause is cut, empty when all are.
 */
export function withoutChoiceClauses(
  text: string,
  field: Field,
  chosen: Chosen[],
  read: (clause: string, select: Field) => Candidate | null,
): string {
  if (field.required || !takesRemarks(field) || chosen.length === 0) return text;
  const clauses = clausesOf(text);
  const naming = namingClauses(
    clauses.map((c) => c.text),
    chosen.map(({ select }) => select),
    (clause, select) => {
      const part = read(clause, select);
      const value = chosen.find((x) => x.select === select)?.value;
      // a description keeps an option told inside its own sentence ("I have lost a filling from a molar")
      if (isLongText(field) && part && !standsApart(clause, part.span)) return null;
      return part && within(part.value, value) ? part : null;
    },
  );
  const kept = clauses.filter((c, i) => /\w/.test(c.text) && !naming[i]);
  return kept.length === clauses.length ? text : withoutLink(joinClauses(kept));
}

/**
 * For each clause, whether it names an option of one of `selects` (`read`) that no earlier clause named:
 * such a clause is the select's answer. A clause that only names again an option already named ("alignment
 * please, the steering wheel is off centre") talks about it: a remark.
 */
export function namingClauses(
  clauses: string[],
  selects: Field[],
  read: (clause: string, select: Field) => Candidate | null,
): boolean[] {
  const named = new Set<string>();
  return clauses.map((clause) => {
    let fresh = false;
    for (const select of selects) {
      const part = read(clause, select);
      const items = part ? (Array.isArray(part.value) ? part.value : [part.value]) : [];
      for (const v of items) {
        const key = `${select.name}=${String(v)}`;
        if (!named.has(key)) fresh = true;
        named.add(key);
      }
    }
    return fresh;
  });
}

/** A link word left at the front once the clause before it is cut ("…, and I have sensitive skin"). */
const LINK = /^(?:and|also|plus|but|oh and)\b[\s,]*/i;

/** `text` without a link word at its front ("and I have sensitive skin" → "I have sensitive skin"). */
export function withoutLink(text: string): string {
  return text.replace(LINK, '');
}
