import type { Field } from '../../../core/wizard/definition.js';
import type { Candidate } from '../extract/types.js';
import { contentStems, fieldStems } from '../extract/normalize.js';

/**
 * A free-text field asked together with a yes/no ("Any pets at home? And anything about parking or getting
 * in?") does not take the words that answered the yes/no. Pure.
 *
 * - Leading clauses that read as the yes/no's answer ("no animal", "nope,", "yes,") are cut: "nope, street
 *   parking is fine" leaves "street parking is fine", "no animal" leaves nothing.
 * - After a yes that shows a details field of its own (pet details), the clauses that follow describe the
 *   thing said yes to ("yep, one old border collie, very chill"): they are cut up to the first clause with
 *   a word of the free-text field's own texts ("yes two cats, the gate code is 1234" leaves "the gate code is
 *   1234").
 * Leaves alone: a free-text field that is the yes/no's own details field, a line with no yes/no answered in
 * it, and clauses after the first one that is not the yes/no's answer when the yes shows no details.
 */

/** Clauses of a line: split after a comma, semicolon or sentence end. */
const CLAUSE_END = /(?<=[,;.!?])\s+|\s+(?:-|–|—)\s+/;

export function withoutYesNoClauses(
  text: string,
  field: Field,
  asked: Field[],
  own: Candidate[],
  read: (clause: string, f: Field) => Candidate | null,
  detailsOf: (boolean: Field) => Field[],
): string {
  const answered = asked.flatMap((b) => {
    if (b.type !== 'boolean' || b.name === field.name) return [];
    const c = own.find((o) => o.field === b.name && typeof o.value === 'boolean');
    return c ? [{ boolean: b, value: c.value as boolean }] : [];
  });
  if (answered.length === 0) return text;
  let clauses = text.split(CLAUSE_END).filter((c) => c.trim() !== '');
  for (const { boolean, value } of answered) {
    const details = detailsOf(boolean);
    if (details.some((d) => d.name === field.name)) continue;
    const start = clauses.length;
    while (clauses.length > 0 && read(clauses[0]!, boolean)?.value === value) clauses = clauses.slice(1);
    // nothing said yes to it here: the rest is not about the yes/no
    if (clauses.length === start || !value || details.length === 0) continue;
    const own = new Set(fieldStems(field));
    const about = (clause: string) => contentStems(clause).some((s) => own.has(s));
    const at = clauses.findIndex(about);
    clauses = at < 0 ? [] : clauses.slice(at);
  }
  return clauses.join(' ').trim();
}
