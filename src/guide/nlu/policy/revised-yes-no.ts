import type { WizardDefinition } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { detailsAnswer, detailsFields } from './boolean-details.js';
import { correctsEarlier } from './corrections.js';
import { isFillerOnly } from './free-text.js';
import type { Candidate, ExtractContext, Nlu } from './plan.js';
import { fieldDef } from './questions.js';
import { isTypedField, revealedAlone } from './revealed-alone.js';
import { fieldsShownByYes } from './shown-by-yes.js';
import { NO_WORDS, YES_WORDS } from '../yes-no-words.js';

/**
 * A revisited step ("Back on Health check. I have Any medical conditions: No. Is that still right?") answered
 * with the other yes/no: "actually yes, I have a herniated disc" changes the answer (and gives the details
 * the yes shows; "yes I have one, it expires 10/20/2029" the date it shows), where a bare "yes" only says the answer still stands. Pure.
 */

/** Words that open a change of mind before the yes or no: "actually", "oh wait", "hmm, in fact". */
const CHANGE_LEAD =
  /^\W*(?:(?:actually|in fact|oh|wait|hmm+|well|sorry|now that i think about it)\b[\s,.!-]*)+/i;

/** Words that say an answer still stands ("yes, still right", "yep that's still true"): no details. */
const STILL = /\b(?:still|stands|true|valid|same|unchanged|accurate)\b/gi;

/** The words of a yes or no, up to the details after it. */
const YES_NO_LEAD = new RegExp(String.raw`^\W*(?:${YES_WORDS}|sure|${NO_WORDS})\b[\s,.;:!-]*`, 'i');

/**
 * The candidates that change the one yes/no field of revisited step `stepId` whose answer is the opposite of
 * the yes/no `utterance` says: the field with its new value and, for a yes, the details (or the date, time,
 * email, link it shows) said with it. Only when the words mark the change ("actually no") or a yes comes with
 * them; [] otherwise.
 */
export function revisedYesNo(
  nlu: Nlu,
  definition: WizardDefinition,
  snapshot: RunSnapshot,
  stepId: string,
  utterance: string,
  ctx: ExtractContext,
): Candidate[] {
  const said = nlu.detectYesNo(utterance);
  if (said === null) return [];
  const opposite = snapshot.fields.filter(
    (f) =>
      f.step_id === stepId &&
      f.answered &&
      f.value === !said &&
      fieldDef(definition, f.name)?.type === 'boolean',
  );
  const boolean = opposite.length === 1 ? fieldDef(definition, opposite[0]!.name) : undefined;
  if (!boolean) return [];
  const rest = utterance.replace(CHANGE_LEAD, '');
  // the words of the change and the yes/no are its span, so that they are not read as the details it shows
  const after = rest.replace(YES_NO_LEAD, '');
  const span = utterance.slice(0, utterance.length - after.length).trim();
  const value: Candidate = {
    field: boolean.name,
    value: said,
    confidence: 0.9,
    extractor: 'revised-yes-no',
    span,
  };
  const stands = after.trim() !== '' && isFillerOnly(after.replace(STILL, ' '));
  const details = said && !stands ? detailsFields(definition, snapshot, boolean) : [];
  const given = details[0] ? detailsAnswer(nlu, rest, details[0], details, ctx) : null;
  if (given) return [value, given];
  // "yes I have one, it expires 10/20/2029" to "Food handler card: No. Is that still right?": the date the yes
  // shows, said with it
  const typed = said && !stands ? fieldsShownByYes(definition, snapshot, boolean, isTypedField) : [];
  const shown = typed.length ? revealedAlone(nlu, after, typed, [], ctx) : [];
  if (shown.length > 0) return [value, ...shown];
  return correctsEarlier(utterance) && !stands ? [value] : [];
}
