import type { Field } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { escapeRegExp } from '../extract/normalize.js';
import { fieldNamedIn, fieldPhrases } from '../intents.js';
import { correctsEarlier } from './corrections.js';
import { isFreeText } from './free-text.js';
import type { Candidate } from './plan.js';

/**
 * A field answered before, corrected while another question is open and without a "change the X to Y"
 * shape: "sorry, I gave you my old email, it's jo.baker@fastmail.com" asked for the phone. Pure.
 */

/** Types whose values say what they are: one such value given again, different, can only be a new one. */
const SELF_EVIDENT = new Set<Field['type']>(['email', 'phone', 'url']);

/**
 * Another person's (documented word list): "her email", "his number", "their phone", "my partner's email".
 * The field is then named for someone else, not corrected.
 */
const OTHERS = /(?:\b(?:her|his|their)|\w's)\s+$/i;

/** "my" right before a name of a field, with at most one word between ("my old email", "my number"). */
const MY = /\bmy\s+(?:[\p{L}-]+\s+)?$/iu;

/**
 * Whether the words name `field` as the speaker's own: not after another person's ("her email"), and after
 * "my" when `strict` ("my old email"; not "email my colleague").
 */
function namesOwn(field: Field, utterance: string, strict: boolean): boolean {
  const text = utterance.replace(/\u2019/g, "'");
  return fieldPhrases(field).some((phrase) =>
    [
      ...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, 'giu')),
    ].some((m) => {
      const before = text.slice(0, m.index);
      return !OTHERS.test(before) && (!strict || MY.test(before));
    }),
  );
}

/**
 * Whether a value for `field`, answered in another step, replaces the earlier answer though the words hold
 * no correction cue: the field's type says what the value is (email, phone, web address) and the words name
 * the field as the speaker's own ("the number's …"; not "her email"). When a free-text field is asked
 * (`askedFreeText`: a description may mention any address in passing) the name must follow "my" ("my old
 * email"). Values that may be said in passing (dates, numbers, text) still need a cue.
 */
export function restatesNamedField(
  field: Field | undefined,
  utterance: string,
  askedFreeText: boolean,
): boolean {
  return !!field && SELF_EVIDENT.has(field.type) && namesOwn(field, utterance, askedFreeText);
}

/**
 * The candidates without the free-text answer to an asked field whose words only speak of the correction
 * of another field made in the same words ("oops, that email is wrong, use bo@x.com" asked for a
 * description: not "oops, that email is wrong, use"). A field is corrected when it was answered, is not
 * asked, and takes a different value. The free text goes when it names a corrected field or carries a
 * correction cue; the asked question is then asked again.
 */
export function withoutCorrectionWords(
  found: Candidate[],
  asked: Field[],
  fields: Field[],
  snapshot: RunSnapshot,
): Candidate[] {
  const corrected = found
    .filter((c) => !asked.some((f) => f.name === c.field))
    .filter((c) => {
      const view = snapshot.fields.find((v) => v.name === c.field);
      return !!view?.answered && JSON.stringify(view.value) !== JSON.stringify(c.value);
    })
    .flatMap((c) => fields.filter((f) => f.name === c.field));
  if (corrected.length === 0) return found;
  return found.filter((c) => {
    const field = asked.find((f) => f.name === c.field);
    if (!field || !isFreeText(field) || typeof c.value !== 'string') return true;
    return !fieldNamedIn(c.value, corrected) && !correctsEarlier(c.value);
  });
}
