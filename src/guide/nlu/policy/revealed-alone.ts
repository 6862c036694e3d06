import type { Field } from '../../../core/wizard/definition.js';
import type { Candidate, ExtractContext, Nlu } from './plan.js';
import { spansOverlap } from './spans.js';

/**
 * "Do you have a food handler card?" — "yes, it expires 11/30/2027": the yes shows the expiry date, and the
 * date said with it fills that date even when the whole form, read at once, could not tell which of two date
 * fields it was for (an earlier start date, answered already). A typed follow-up (date, time, email, url,
 * phone) the turn revealed is read on its own, and takes what it finds only when no value `read` (the whole
 * form's read, for the fields the turn set or revealed) was said in the same words. Free text, choices and numbers are left to their own
 * readers (`yesDetails`). Pure.
 */

const TYPED = new Set<Field['type']>(['date', 'time', 'datetime', 'email', 'url', 'phone']);

/** Whether `field` is of a type read by its shape (a date, a time, an email, a link, a phone number). */
export const isTypedField = (field: Field) => TYPED.has(field.type);

/** Candidates for the typed `revealed` fields that `read` (see the file comment) left empty. */
export function revealedAlone(
  nlu: Nlu,
  utterance: string,
  revealed: Field[],
  read: Candidate[],
  ctx: ExtractContext,
): Candidate[] {
  const out: Candidate[] = [];
  for (const field of revealed) {
    if (!TYPED.has(field.type) || read.some((c) => c.field === field.name)) continue;
    const alone = nlu
      .extractAll(utterance, [field], ctx)
      .find((c) => c.field === field.name && c.span && !read.some((r) => spansOverlap(r.span, c.span)));
    if (alone) out.push({ ...alone, extractor: `${alone.extractor}+revealed` });
  }
  return out;
}
