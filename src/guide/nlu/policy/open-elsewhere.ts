import type { Field } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import type { Candidate, ExtractContext, Nlu } from './plan.js';
import { isFreeText } from './free-text.js';
import { spansOverlap } from './spans.js';
import { isQuestion } from '../acts.js';
import { splitSentences } from '../sentence-split.js';
import { namesBoolean } from '../extract/boolean-terms.js';

/**
 * Words that do not fit the asked field may answer another open one: asked a suburb, the person says
 * "probably not, we all work 9 to 5" to the "will someone be home?" they expect later; asked a property
 * type, they give the frequency. Rather than asking the same field again (and again), the other open fields
 * of the asked field's step and of the later steps are read as asked. Only sure readings count: free-text
 * fields are left out (any words fit them), so are fuzzy option guesses and a bare "now" for a date, and a yes or no counts only when one
 * yes/no field is open, no other value is given, and the words name that field by a key term of its own
 * ("yeah the dog comes with us" for pets, "no claims" for "Any claims in the last 5 years"): a yes said to
 * something else ("sounds good, I already own black shoes", "OK, that's fine, understood", "then no, skip
 * it") answers no yes/no field. Words that ask something, or that fit two fields alike, answer none. Pure.
 */

/**
 * The fields a person may be answering instead of `asked` (see the file comment): the unanswered fields of
 * `asked`'s step other than `asked` and of the later steps, that are fillable (`fields`) and typed (not free
 * text). Empty when `asked` is not one field.
 */
export function openElsewhere(snapshot: RunSnapshot, asked: Field[], fields: Field[]): Field[] {
  const view = asked.length === 1 ? snapshot.fields.find((f) => f.name === asked[0]!.name) : undefined;
  if (!view) return [];
  const steps = [...new Set(snapshot.fields.map((f) => f.step_id))];
  const here = steps.indexOf(view.step_id);
  const later = new Set(steps.slice(here));
  return snapshot.fields
    .filter((f) => later.has(f.step_id) && !f.answered && f.name !== view.name)
    .flatMap((f) => fields.filter((d) => d.name === f.name && !isFreeText(d)));
}

/** Confidence a value for a field not asked needs. */
const SURE = 0.8;

/**
 * The values `utterance` gives the `others` fields, each read as if asked alone (see the file comment): sure,
 * not fuzzy guesses; a yes or no only with one yes/no field to answer, named by its key terms
 * (`namesBoolean`, set apart from the wizard's `all` fields and its `domain`, its name and description).
 */
export function answersElsewhere(
  nlu: Nlu,
  utterance: string,
  others: Field[],
  ctx: ExtractContext,
  all: Field[],
  domain: string,
): Candidate[] {
  if (splitSentences(utterance).some(isQuestion)) return [];
  const yesNoFields = others.filter((f) => f.type === 'boolean');
  const out: Candidate[] = [];
  for (const field of others) {
    if (
      field.type === 'boolean' &&
      (yesNoFields.length !== 1 || !namesBoolean(utterance, field, all, domain))
    )
      continue;
    const c = nlu.extractForField(utterance, field, ctx);
    // "it's Lidcombe now": "now" dates only the date asked, never one read as if asked
    if (c?.extractor === 'deictic-date') continue;
    if (c && c.confidence >= SURE && !c.extractor.startsWith('fuzzy')) out.push(c);
  }
  // the same words fitting two fields of a kind (a date of birth and a preferred date) answer neither
  const kind = (c: Candidate) => others.find((f) => f.name === c.field)?.type;
  const sure = out.filter(
    (c) => !out.some((o) => o !== c && kind(o) === kind(c) && spansOverlap(o.span, c.span)),
  );
  // "premium for sure": a yes said with another value stresses it
  const valued = sure.filter((c) => kind(c) !== 'boolean');
  return valued.length > 0 ? valued : sure;
}
