import type { Field } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { escapeRegExp } from '../extract/normalize.js';
import { fieldNamedIn, fieldPhrases } from '../intents.js';

/**
 * An optional field declined by name while another field is asked: "no avatar for now, the default one is
 * fine", said to the personality question, skips the avatar and leaves the personality open. The declining
 * words must hold the field's phrase (label, name, hint): "no X", "skip the X", "without an X", "don't need
 * a X", "X not needed", "no need for a X". Pure.
 */

/** The declining words around `phrase`. */
function declining(phrase: string): RegExp {
  const p = escapeRegExp(phrase);
  return new RegExp(
    String.raw`\b(?:no|skip(?: the)?|without(?: an?| the)?|(?:don'?t|do not) (?:need|want)(?: an?| the| any)?|no need for(?: an?| the)?)\s+${p}\b|\b${p}\s+(?:is\s+)?not (?:needed|necessary)\b`,
    'i',
  );
}

/**
 * The open optional field (not `asked`) that `utterance` declines by name, or null. Null too when the words
 * also name the asked field: then they are about it.
 */
export function declinedOther(
  utterance: string,
  asked: Field,
  fields: Field[],
  snapshot: RunSnapshot,
): Field | null {
  const text = utterance.replace(/’/g, "'");
  if (fieldNamedIn(text, [asked])) return null;
  for (const field of fields) {
    if (field.name === asked.name) continue;
    const view = snapshot.fields.find((v) => v.name === field.name);
    if (!view || view.required || view.answered) continue;
    if (fieldPhrases(field).some((p) => declining(p).test(text))) return field;
  }
  return null;
}
