import type { Field } from '../../../core/wizard/definition.js';
import { isFillerOnly } from './free-text.js';
import { withoutSpans } from './spans.js';
import { contentStems } from '../extract/normalize.js';

/**
 * Whether a value's words stand apart in an utterance or run inside the person's own sentence. Pure.
 *
 * "Toothache, it started on Monday" says the option "toothache" as a clause of its own; "I have lost a
 * filling, it is sensitive to cold" chooses "broken or chipped tooth" from words of a description, and "it
 * started on Monday" dates a story, not an appointment.
 */

/** Long free text: a description in the person's own words. */
const LONG_TEXT = new Set<Field['type']>(['textarea', 'rich_text', 'voice_only']);

/** Whether a field holds a description (several sentences in the person's words), not a short value. */
export function isLongText(field: Field): boolean {
  return LONG_TEXT.has(field.type);
}

/** Values that cannot be words of a sentence: an email, a phone number, a web address. */
const UNMISTAKABLE = new Set<Field['type']>(['email', 'phone', 'url']);

/** Clause breaks: sentence ends, commas, semicolons, colons, dashes. */
const CLAUSES = /[.!?;:,]+(?=\s|$)|\s[-–—]\s|[–—]/;

const wordsOf = (s: string) =>
  s
    .toLowerCase()
    .replace(/[-‐–—]+/g, ' ')
    .replace(/[^\w@.+' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Whether `span` (a value's words) is a clause of `utterance` on its own: once cut with its lead-in ("it's
 * a", "on", "my email is"), the clause holding it is empty or pleasantries. False when the span is not
 * found as one run of words (an option matched from scattered words, "lost … filling") or when the clause
 * goes on in the person's words ("it started on Monday and hurts when I chew").
 */
export function standsApart(utterance: string, span: string | undefined): boolean {
  if (!span?.trim()) return false;
  const target = wordsOf(span);
  const clause = clauseOf(utterance, span);
  if (clause === undefined) return false;
  const rest = withoutSpans(clause, [span.trim()]);
  if (rest === clause) return wordsOf(clause) === target;
  return !rest || isFillerOnly(rest);
}

/**
 * Whether another field's value found in `utterance` belongs to the description given there instead: its
 * words run inside a sentence of the person's own (`standsApart` false) and it is no email, phone or web
 * address. `field` is the value's field.
 */
export function insideDescription(
  utterance: string,
  span: string | undefined,
  field: Field | undefined,
): boolean {
  if (!field || UNMISTAKABLE.has(field.type)) return false;
  if (standsApart(utterance, span)) return false;
  // "I could start on March 12th, and …": the clause names the field ("Start date") it gives a value for
  const clause = clauseOf(utterance, span ?? '');
  const own = contentStems(`${field.name.replace(/_/g, ' ')} ${field.label}`).filter(
    (w) => !VALUE_NOUNS.has(w),
  );
  return !clause || !contentStems(clause).some((w) => own.includes(w));
}

/** Nouns of a value's kind, not of its topic ("Call date", "Preferred time"): they name no field. */
const VALUE_NOUNS = new Set(contentStems('date day time number name preferred'));

/** The clause of `utterance` holding `span`'s words, or undefined. */
function clauseOf(utterance: string, span: string): string | undefined {
  const target = wordsOf(span);
  return target ? utterance.split(CLAUSES).find((c) => ` ${wordsOf(c)} `.includes(` ${target} `)) : undefined;
}
