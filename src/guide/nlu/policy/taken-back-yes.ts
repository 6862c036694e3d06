import type { Field, WizardDefinition } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { detailsFields } from './boolean-details.js';
import { isFillerOnly, isFreeText } from './free-text.js';
import type { Candidate, Nlu } from './plan.js';

/**
 * "Any medical conditions?" — "yes" — "Tell us more." — "sorry, I misread the question, the answer is no":
 * while the details a yes showed are asked, a no takes the yes back, and is not itself the details. Pure.
 */

/** Words that say an earlier answer was a mistake: "I misread", "I meant no", "the answer is no", "my bad". */
const TAKEN_BACK =
  /\b(?:mis(?:read|understood|heard|clicked|typed)|(?:i|we) meant|my (?:bad|mistake)|(?:the|my) answer (?:is|was|should be)|wrong answer|take (?:it|that) back|scratch that|changed? my mind|answered wrong)\b/;

/**
 * Having denied ("I don't have any conditions", "we haven't got anything like that", "he doesn't have
 * any"), with no exception after it ("… apart from a bad knee").
 */
const DENIES_HAVING =
  /\b(?:i|we|he|she|they)\s+(?:don'?t|do not|doesn'?t|does not|haven'?t|have not|hasn'?t|has not)\s+(?:(?:have|got|get|suffer from|take)\s+)?(?:any|anything)\b(?![^.;]*\b(?:except|apart from|other than|besides|but|only)\b)/;

/** Negative words, removed before asking whether anything but pleasantries is left ("nope, nothing at all"). */
const NEGATIVE_WORDS =
  /\b(?:not|don'?t|do not|never|none|nah|nada|really|at all|whatsoever|actually|wait)\b/g;

/**
 * Whether `utterance`, already read as a no (`detectYesNo`), answers the yes/no question rather than
 * giving details that open with a no ("no heavy lifting for six weeks"): it says the earlier answer was a
 * mistake, denies having any, or holds nothing but no and pleasantries.
 */
export function isWholeNo(utterance: string): boolean {
  const text = utterance.toLowerCase().replace(/[\u2019]/g, "'");
  return TAKEN_BACK.test(text) || DENIES_HAVING.test(text) || isFillerOnly(text.replace(NEGATIVE_WORDS, ' '));
}

/**
 * The candidate that takes back a yes: the yes/no field answered true whose details field `asked` is, set
 * to false, when `utterance` says no as a whole (`isWholeNo`); null otherwise.
 */
export function takenBackYes(
  nlu: Nlu,
  definition: WizardDefinition,
  snapshot: RunSnapshot,
  asked: Field,
  utterance: string,
): Candidate | null {
  if (!isFreeText(asked) || nlu.detectYesNo(utterance) !== false || !isWholeNo(utterance)) return null;
  const booleans = definition.steps
    .flatMap((s) => s.fields)
    .filter(
      (f) => f.type === 'boolean' && snapshot.fields.some((v) => v.name === f.name && v.value === true),
    );
  const shown = booleans.find((b) =>
    detailsFields(definition, snapshot, b).some((d) => d.name === asked.name),
  );
  return shown
    ? {
        field: shown.name,
        value: false,
        confidence: 0.9,
        extractor: 'taken-back-yes',
        span: utterance.trim(),
      }
    : null;
}
