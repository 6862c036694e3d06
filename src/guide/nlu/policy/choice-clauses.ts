import type { Field } from '../../../core/wizard/definition.js';
import { clausesOf, joinClauses } from './taken-clauses.js';
import { isFreeText } from './free-text.js';
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
function within(part: unknown, chosen: unknown): boolean {
  const items = Array.isArray(part) ? part : [part];
  const all = Array.isArray(chosen) ? chosen : [chosen];
  return items.length > 0 && items.every((v) => all.includes(v));
}

/**
 * `text` (an answer read for `field`) without the clauses that name options a select asked with it chose:
 * `asked` are the fields asked, `own` the values already read for them, `read(clause, select)` reads the
 * select's value from one clause (null when none). Only for an optional free-text `field`; `text` itself
 * when no clause is cut, empty when all are.
 */
export function withoutChoiceClauses(
  text: string,
  field: Field,
  asked: Field[],
  own: Candidate[],
  read: (clause: string, select: Field) => Candidate | null,
): string {
  if (field.required || !isFreeText(field)) return text;
  const chosen = asked
    .filter((f) => f.name !== field.name && CHOICE.has(f.type))
    .flatMap((f) => own.filter((c) => c.field === f.name).map((c) => ({ select: f, value: c.value })));
  if (chosen.length === 0) return text;
  const clauses = clausesOf(text);
  const kept = clauses.filter(
    (c) =>
      /\w/.test(c.text) &&
      !chosen.some(({ select, value }) => {
        const part = read(c.text, select);
        return !!part && within(part.value, value);
      }),
  );
  return kept.length === clauses.length ? text : withoutLink(joinClauses(kept));
}

/** A link word left at the front once the clause before it is cut ("…, and I have sensitive skin"). */
const LINK = /^(?:and|also|plus|but|oh and)\b[\s,]*/i;

/** `text` without a link word at its front ("and I have sensitive skin" → "I have sensitive skin"). */
export function withoutLink(text: string): string {
  return text.replace(LINK, '');
}
