import type { Option } from '../../../core/wizard/definition.js';
import { contentWords } from '../../../core/content-words.js';

/**
 * The head of an option and its asides. A label names its option in its head ("Full groom") and may explain it
 * aside: in brackets ("(bath, dry, cut and nails)") or after a spaced dash ("Full groom — bath, dry, cut and
 * nails"). A word said that heads one option and is only an aside of another ("bath" for "Bath &
 * brush" and "Full groom (bath, dry, cut and nails)") chooses the option it heads.
 */

/**
 * A spaced dash before an explanation: two words or more that start with a letter ("Half day - morning
 * only"), not a range ("Mon - Fri", "9 am - 5 pm", "$50 - $100").
 */
const DASH_TAIL = /\s+[-\u2013\u2014]+\s+(?=[a-z])(?=\S+\s+\S)/i;

/**
 * The head of a label: the label without its bracketed notes and without an explanation after a dash
 * ("Full groom (bath, dry, cut and nails)" → "Full groom", "Express — next working day" → "Express"). The
 * whole label when nothing would be left.
 */
export function labelHead(label: string): string {
  const bare = label.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  const at = bare.search(DASH_TAIL);
  const head = at > 0 ? bare.slice(0, at).trim() : bare;
  return /[\p{L}\p{N}]/u.test(head) ? head : label;
}

/**
 * The words that head `option`, as lightly stemmed content words (see `contentWords`): of its label's head,
 * its value (with -/_ as spaces) and its synonyms. "Bath & brush" (value "bath") → {"bath", "brush"}.
 */
export function headWords(option: Option): Set<string> {
  const texts = [labelHead(option.label), option.value.replace(/[-_]+/g, ' '), ...(option.synonyms ?? [])];
  return new Set(texts.flatMap((t) => contentWords(t)));
}

/**
 * Whether every content word of `phrase` heads `option` (see `headWords`): "bath" and "baths" head "Bath &
 * brush"; "bath" does not head "Full groom (bath, dry, cut and nails)". False for a phrase of no content word.
 */
export function headsOption(phrase: string, option: Option): boolean {
  const words = contentWords(phrase);
  const head = headWords(option);
  return words.length > 0 && words.every((w) => head.has(w));
}
