import type { Field } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { clausesOf, isSelfRepair, joinClauses } from './taken-clauses.js';
import { isFillerOnly } from './free-text.js';
import { isLongText, standsApart } from './embedded.js';
import { namingClauses, takesRemarks, within, withoutLink } from './choice-clauses.js';
import type { Candidate } from './plan.js';
import { spansOverlap } from './spans.js';

/**
 * A remark said after the answer to an asked select, for the optional note of the same step. Pure.
 *
 * Asked which services, "I need an alignment, it pulls to the right on the highway": the first clause chooses
 * the option, the second is the remark the step's optional note is for. Only clauses that name no new option of
 * the select (`namingClauses`), hold no other value found, ask nothing and are more than pleasantries are the remark.
 */

const CHOICE = new Set<Field['type']>(['single_select', 'multi_select']);

/** Fewest words of a remark: "thanks a lot" or "that's all" are no note. */
const MIN_WORDS = 3;

/**
 * The value of the one open optional free-text field of the step of `asked` (a single select or multi select
 * found in `found`), from the clauses of `utterance` that `read` (the select's reading of one clause) finds
 * no option in, that overlap no value of `found`, are no question or self-repair, and hold 3 words or more
 * that are not all pleasantries; 0.75. Null when the step has no such field, or several, or no such clause.
 */
export function remarkAlong(
  utterance: string,
  asked: Field[],
  found: Candidate[],
  fields: Field[],
  snapshot: RunSnapshot,
  read: (clause: string, select: Field) => Candidate | null,
): Candidate | null {
  const select = asked.length === 1 && CHOICE.has(asked[0]!.type) ? asked[0]! : undefined;
  if (!select || !found.some((c) => c.field === select.name)) return null;
  const view = (name: string) => snapshot.fields.find((f) => f.name === name);
  const step = view(select.name)?.step_id;
  const notes = fields.filter((f) => {
    const v = view(f.name);
    return (
      takesRemarks(f) &&
      !f.required &&
      !!v &&
      v.step_id === step &&
      v.visible &&
      !v.answered &&
      !found.some((c) => c.field === f.name)
    );
  });
  if (notes.length !== 1) return null;
  const clauses = clausesOf(utterance);
  // a clause that reads another option than the one chosen ("blonde" near "Blow dry") names none of them
  const chosen = found.find((c) => c.field === select.name)!.value;
  let told = false;
  const naming = namingClauses(
    clauses.map((c) => c.text),
    [select],
    (clause, f) => {
      const part = read(clause, f);
      if (!part || !within(part.value, chosen)) return null;
      told ||= !standsApart(clause, part.span);
      return part;
    },
  );
  // "I have lost a filling, it is sensitive to cold": the choice told in a story, which a description keeps
  // whole (early-description), not a choice with a remark
  if (told && isLongText(notes[0]!)) return null;
  const kept = clauses.filter(
    (c, i) =>
      /\w/.test(c.text) &&
      !/\?/.test(c.after + c.text) &&
      !isSelfRepair(c.text) &&
      !naming[i] &&
      !found.some((o) => o.field !== select.name && spansOverlap(o.span, c.text)),
  );
  return asRemark(joinClauses(kept), notes[0]!);
}

/**
 * `text` as a remark for the note `field` (a link word at its front dropped), 0.75; null when it has fewer
 * than 3 words, is only pleasantries or asks something.
 */
export function asRemark(text: string, field: Field): Candidate | null {
  const value = withoutLink(text.trim());
  if (value.split(/\s+/).filter(Boolean).length < MIN_WORDS || isFillerOnly(value) || value.includes('?'))
    return null;
  return { field: field.name, value, confidence: 0.75, extractor: 'remark', span: value };
}
