import type { Field, WizardDefinition } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { isCountField } from '../extract/counted.js';
import { numberAnswer } from '../extract/number-answer.js';
import type { Candidate } from './plan.js';
import { fieldsShownByYes } from './shown-by-yes.js';
import { YES_WORDS } from '../yes-no-words.js';

/**
 * "Have you spoken at a meetup before?" — "yes, 10 or so": the count said with the yes fills the count field
 * (number, rating, count text) the wizard shows only when the yes/no is true ("About how many talks?",
 * "How many projects?", "How many pets?"). Pure.
 */

/** The count fields of `definition` that `boolean` being true shows and being false hides. */
export function countFieldsShownBy(
  definition: WizardDefinition,
  snapshot: RunSnapshot,
  boolean: Field,
): Field[] {
  return fieldsShownByYes(definition, snapshot, boolean, isCountField);
}

/** Leading yes words ("yes,", "yeah I have -"), cut before the count that follows them. */
const LEADING_YES = new RegExp(
  String.raw`^\W*(?:${YES_WORDS}|ya|sure|indeed|i do|we do|i have|we have|i did|we did)\b[\s,.;:!-]*`,
  'i',
);

/**
 * The count said with a yes (`words`: the turn's words without the values it set), as a candidate for
 * `field`; null when no count is said ("yes, many times": ask for it) or the number counts something else.
 * Calendar dates and clock times are never counts (numberAnswer skips them).
 */
export function yesCountAnswer(words: string, field: Field): Candidate | null {
  const rest = words.replace(LEADING_YES, '').trim();
  if (!rest) return null;
  const n = numberAnswer(rest, field);
  if (!n || n.confidence < 0.8) return null;
  return {
    field: field.name,
    value: n.value,
    confidence: n.confidence,
    extractor: 'yes-count',
    span: n.span,
  };
}
