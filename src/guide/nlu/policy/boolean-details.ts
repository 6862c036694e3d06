import { isFieldVisible } from '../../../core/wizard/conditions.js';
import { withholdsDetails } from './withheld-details.js';
import type { Field, WizardDefinition } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { declines, isQuestion } from '../acts.js';
import { codeToken, holdsCode } from '../extract/code-token.js';
import { freeTextAnswer, isFillerOnly, isFreeText } from './free-text.js';
import type { Candidate, ExtractContext, Nlu } from './plan.js';
import { YES_WORDS } from '../yes-no-words.js';

/**
 * A yes/no question answered by naming the thing ("Any allergies?" — "latex"; "Do you have pets?" — "a
 * dog"): the answer is yes, and its words fill the free-text field the wizard shows only when it is yes
 * (the "details" follow-up). Pure.
 */

/** The free-text fields of `definition` that `boolean` being true shows and being false hides. */
export function detailsFields(definition: WizardDefinition, snapshot: RunSnapshot, boolean: Field): Field[] {
  const values: Record<string, unknown> = {};
  for (const f of snapshot.fields) if (f.answered) values[f.name] = f.value;
  const shownBy = (v: boolean) => (f: Field) => isFieldVisible(f, { ...values, [boolean.name]: v });
  return definition.steps
    .flatMap((s) => s.fields)
    .filter((f) => f.name !== boolean.name && isFreeText(f) && shownBy(true)(f) && !shownBy(false)(f));
}

/** Leading yes words ("yes,", "yeah we do -"), cut before the details that follow them. */
const LEADING_YES = new RegExp(
  String.raw`^\W*(?:${YES_WORDS}|ya|sure|indeed|i do|we do|she does|he does|they do)\b[\s,.;:!-]*`,
  'i',
);

/**
 * The candidates of a yes/no answer given by content: `boolean` = true and the details field's value, or []
 * when the words are no such answer (a question, a refusal, pleasantries, or no details field).
 */
export function impliedYes(
  nlu: Nlu,
  utterance: string,
  boolean: Field,
  details: Field[],
  fields: Field[],
  ctx: ExtractContext,
): Candidate[] {
  const first = details[0];
  if (!first || isQuestion(utterance) || declines(utterance) || isFillerOnly(utterance)) return [];
  const value = detailsAnswer(nlu, utterance, first, fields, ctx);
  if (!value) return [];
  return [{ field: boolean.name, value: true, confidence: 0.85, extractor: 'implied-yes', span: '' }, value];
}

/**
 * The details a yes answer goes on to give ("yes, penicillin and sulfa drugs" → "penicillin and sulfa
 * drugs"; "I do, the number on it is DU4417823" → "DU4417823" for a code field), for the free-text field the
 * yes shows; null when nothing but the yes (or pleasantries) was said, or when a code field's details hold no
 * code ("yes, BT" gives no account number).
 */
export function detailsAnswer(
  nlu: Nlu,
  utterance: string,
  details: Field,
  fields: Field[],
  ctx: ExtractContext,
): Candidate | null {
  const rest = utterance
    .replace(/^\W*(?:and|also|plus|but)\b\s*/i, '')
    .replace(LEADING_YES, '')
    .trim();
  // "… but I need to check with her pediatrician, I'll come back to finish this": no details yet
  if (!rest || isFillerOnly(rest) || isQuestion(rest) || YES_ONLY.test(rest) || withholdsDetails(rest))
    return null;
  // "the number on it is DU4417823": a code field takes the code, not the words around it; words with no
  // code ("yes, we're with Virgin Media at the moment") are no account number
  if (holdsCode(details)) {
    const code = codeToken(rest);
    return code
      ? { field: details.name, value: code, confidence: 0.85, extractor: 'details-code', span: code }
      : null;
  }
  const c = freeTextAnswer(nlu, rest, details, [], fields, ctx);
  // a description ("a golden retriever who sheds like crazy") is the details as said, not a word guessed from it
  const said = rest.replace(/[\s.!]+$/, '');
  // a value read from all the words ("from Sky" → "Sky", the span "from Sky") is no guess
  const read = c ? Math.max(String(c.value).length, c.span?.length ?? 0) : 0;
  const guessed = !c || c.confidence < 0.75 || read * 2 < said.length;
  if (c && !guessed) return isFillerOnly(c.value) ? null : c;
  return said.split(/\s+/).length <= 40 && !isFillerOnly(said)
    ? { field: details.name, value: said, confidence: 0.8, extractor: 'details-words', span: said }
    : null;
}

/** Whether words only say yes or having ("I have, yes", "we do", "yes I've got one", "we"): no details. */
export function saysOnlyYes(words: string): boolean {
  return !words.trim() || isFillerOnly(words) || YES_ONLY.test(words.trim());
}

const YES_ONLY = new RegExp(
  String.raw`^(?:(?:actually|${YES_WORDS}|sure|indeed|correct|i|we|i've|we've|do|does|have|has|got|one|it|that's|right)[\s,.!]*)+$`,
  'i',
);
