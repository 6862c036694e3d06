import type { Field, WizardDefinition } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import type { Candidate, ExtractContext, Nlu } from './plan.js';
import { fieldsShownByYes } from './shown-by-yes.js';

/**
 * "Will you need catering?" — "yeah mate, a proper sit-down meal for everyone": the words said with the yes
 * choose among the options of the select the yes just showed ("Catering style": Plated dinner), read as
 * that field's own answer would be. Pure.
 */

/** The least confidence of an option read this way: a bare shared word ("dinner") is not enough. */
const MIN_CONFIDENCE = 0.75;

/** The select fields of `definition` that `boolean` being true shows and being false hides. */
export function choiceFieldsShownBy(
  definition: WizardDefinition,
  snapshot: RunSnapshot,
  boolean: Field,
): Field[] {
  return fieldsShownByYes(
    definition,
    snapshot,
    boolean,
    (f) => f.type === 'single_select' || f.type === 'multi_select',
  );
}

/**
 * The option of `field` that `words` (the turn's words without the values it set) name, as a candidate;
 * null when they name none surely (at least {@link MIN_CONFIDENCE}) or name none at all.
 */
export function yesChoiceAnswer(
  nlu: Nlu,
  words: string,
  field: Field,
  ctx: ExtractContext,
): Candidate | null {
  if (!words.trim()) return null;
  const c = nlu.extractForField(words, field, ctx);
  if (!c || c.confidence < MIN_CONFIDENCE) return null;
  return Array.isArray(c.value) && c.value.length === 0 ? null : c;
}
