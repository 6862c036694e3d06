import type { Field } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { escapeRegExp } from '../extract/normalize.js';
import { fieldNamedIn, fieldPhrases } from '../intents.js';

/**
 * An optional field declined by preferring another field already answered: "I'd rather just do email then"
 * or "just email is fine" to an optional phone, when the email is given. The other field stands in for the
 * one asked, so the one asked is passed. Words that name the asked field itself ("I'd rather use my work
 * phone") are about it, and a preference for a field not yet answered is no stand-in. Pure.
 */

/** The words preferring `phrase`: "I'd rather (just) do/use/stick to X", "just X (is fine)", "X only". */
function preferring(phrase: string): RegExp {
  const p = escapeRegExp(phrase);
  const lead = String.raw`(?:(?:i|we)'d|(?:i|we) would) (?:rather|prefer(?: to)?)(?: just| only)?(?: (?:do|use|go (?:with|by)|stick (?:to|with)|keep (?:it )?to|have))?`;
  return new RegExp(
    String.raw`^\W*(?:(?:ok(?:ay)?|hmm+|um+|well|actually|no|nah|then)\W+)*(?:${lead}|just|only)(?: (?:by|via|the|my))? ${p}(?: only)?(?: (?:is|'s) (?:fine|ok(?:ay)?|enough|good))?(?:\W+(?:then|thanks|please|for now))*\W*$|^\W*${p} only(?:\W+(?:then|thanks|please))*\W*$`,
    'i',
  );
}

/**
 * Whether `utterance` declines the optional `asked` field by preferring another answered field of `fields`
 * ("I'd rather just do email then" to a phone, with the email given). False when the words name `asked`.
 */
export function prefersOther(
  utterance: string,
  asked: Field,
  fields: Field[],
  snapshot: RunSnapshot,
): boolean {
  const text = utterance.replace(/’/g, "'").trim();
  if (fieldNamedIn(text, [asked])) return false;
  return fields.some((field) => {
    if (field.name === asked.name) return false;
    const view = snapshot.fields.find((v) => v.name === field.name);
    if (!view?.answered) return false;
    return fieldPhrases(field).some((p) => preferring(p).test(text));
  });
}
