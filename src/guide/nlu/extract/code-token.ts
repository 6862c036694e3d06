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

/** Words that name what a code is of, beyond "number" ("account", "policy", "licence", "reference"). */
const CODE_NOUN =
  /\b(?:code|id|reference|ref|membership|member|policy|account|licen[cs]e|serial|registration|customer|order|booking)\b/gi;
/** Words that name a phone number ("mobile", "landline", "call me on"). */
const PHONE_WORD = /\b(?:phone|mobile|cell|landline|tel|telephone|call|text|ring|whatsapp)\b/i;

/**
 * Whether `utterance` says digits are the code of a code field among `fields` rather than a phone number:
 * it names a noun of that field's name or label that is no phone word ("the account number on my bill is
 * 4402778193", "policy no. 123456789") and no phone word at all ("my account number is …, call me on …" is
 * false: the phone is named too).
 */
export function namesCodeNotPhone(utterance: string, fields: Field[]): boolean {
  if (PHONE_WORD.test(utterance)) return false;
  const said = new Set([...utterance.toLowerCase().matchAll(CODE_NOUN)].map((m) => m[0]));
  if (said.size === 0) return false;
  return fields.some(
    (f) =>
      holdsCode(f) &&
      [...`${f.name.replace(/_/g, ' ')} ${f.label}`.toLowerCase().matchAll(CODE_NOUN)].some((m) =>
        said.has(m[0]),
      ),
  );
}

/**
 * Whether `value` (read from `utterance`) has no digit and is said as a kind of thing, after "a" or "an" and
 * at most one word ("it's a house", "we're in a detached house"): no code or number of anything. "Flat A"
 * and "unit 4" are not.
 */
export function saidAsKind(utterance: string, value: string): boolean {
  if (/\d/.test(value)) return false;
  const escaped = value.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(String.raw`\b(?:a|an)\s+(?:[a-z-]+\s+)?${escaped}\b`, 'i').test(utterance);
}
