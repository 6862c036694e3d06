import type { Field } from '../../../core/wizard/definition.js';

/**
 * Codes people read out for a number-like text field ("Medical card number", "Policy number", "Membership
 * ID", "Booking reference"): "the number on it is DU4417823" → "DU4417823". A code is one token of letters and
 * digits with at least one digit and 5–30 characters (dashes and slashes inside allowed: "AB-1234-X"); plain
 * words, and dates and times (they have separators of their own and too few characters) are no code.
 */

/** Words of a text field's name or label that say it holds a code read from a card or a letter. */
const CODE_FIELD =
  /\b(?:number|no|code|id|reference|ref|membership|policy|account|licen[cs]e|serial|registration)\b/i;

/** Whether `field` is a text field that holds a code (see the file comment). */
export function holdsCode(field: Field): boolean {
  if (field.type !== 'text') return false;
  return CODE_FIELD.test(`${field.name.replace(/_/g, ' ')} ${field.label}`);
}

const TOKEN = /(?<![\w@./-])[A-Za-z0-9](?:[A-Za-z0-9]|[-/](?=[A-Za-z0-9])){4,29}(?![\w@-]|\.\w)/g;

/** The one code said in `utterance` (see the file comment), or null for none or several. */
export function codeToken(utterance: string): string | null {
  const codes = [...utterance.matchAll(TOKEN)]
    .map((m) => m[0])
    .filter((t) => /\d/.test(t) && !/^\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?$/.test(t));
  return codes.length === 1 ? codes[0]! : null;
}
