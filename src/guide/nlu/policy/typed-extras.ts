import type { Field } from '../../../core/wizard/definition.js';
import { fieldPhrases } from '../intents.js';
import { escapeRegExp } from '../extract/normalize.js';
import type { Candidate, ExtractContext, Nlu } from './plan.js';
import { spansOverlap } from './spans.js';

/**
 * Extractors whose value names its own field by its form: an email, a phone, a web address, a date or time,
 * a person introducing themselves ("and I'm Kai Moana" is the person's name, inside any clause), a name
 * said after its kind word ("bringing my lab Moose" is the pet's name), and the person's age for a yes/no
 * about an age limit ("mobile 087 123 4567 and I'm well over 18").
 */
const SELF_EVIDENT = new Set(['email', 'phone', 'url', 'chrono', 'introduction', 'kind-name', 'age-limit']);

/**
 * Whether option candidate `c` (read verbatim from an option's words) names its option beyond doubt: each
 * item said is a phrase of two words or more ("accidental damage, home emergency"), or the option is
 * followed by its field's noun ("energetic young male voice"). A one-word option ("a poodle") said beside
 * other clauses may be any word of the sentence.
 */
function isPlainOption(c: Candidate, utterance: string, field: Field | undefined): boolean {
  if (c.extractor !== 'verbatim-option' || !c.span || !field) return false;
  const items = c.span.split(/\s*,\s*/).filter(Boolean);
  if (items.length > 0 && items.every((s) => s.trim().split(/\s+/).length >= 2)) return true;
  const nouns = fieldPhrases(field)
    .filter((p) => p.length >= 4)
    .map(escapeRegExp);
  return (
    nouns.length > 0 &&
    new RegExp(`${escapeRegExp(c.span)}\\s+(?:${nouns.join('|')})(?![\\w])`, 'i').test(utterance)
  );
}

/**
 * Values of a self-evident form said beside named clauses ("name's Derek Olsen, dob 11/30/1979, cell 503 555
 * 0166, derek@proton.me"; "budget 8k, and I'm Kai Moana"), and options named plainly (`isPlainOption`: "name
 * Nova, energetic young male voice, personality: …"; "contents roughly £90k. I'd like accidental damage and
 * home emergency"): those for fields the clauses did not fill, in words the clauses' values did not use.
 */
export function typedExtras(
  nlu: Nlu,
  utterance: string,
  fields: Field[],
  ctx: ExtractContext,
  named: Candidate[],
): Candidate[] {
  const byName = (name: string) => fields.find((f) => f.name === name);
  return nlu
    .extractAll(utterance, fields, ctx)
    .filter(
      (o) =>
        (SELF_EVIDENT.has(o.extractor) || isPlainOption(o, utterance, byName(o.field))) &&
        !named.some((n) => n.field === o.field || spansOverlap(n.span, o.span)),
    );
}
