import type { Field } from '../../../core/wizard/definition.js';
import { escapeRegExp } from './normalize.js';

/**
 * A short text field's value said after the last noun of its label, or a word of the same stem, as the
 * subject of "is": "Her insurance is USAA", "his insurer is Geico", "their insurance company's Progressive"
 * answer "Other driver's insurer"; "the employer is Acme" answers "Current employer". Whoever owns it ("my",
 * "her", "their", "the other driver's") does not matter: the field names whose it is. Pure.
 */

/** Fewest letters of a label's last word to read it by its stem. */
const MIN_HEAD = 5;
/** Letters two words must share at their start to be of one stem ("insurer", "insurance", "insured"). */
const STEM = 5;
/** Nouns that may follow the head word without changing the thing named ("insurance company"). */
const KIND = String.raw`(?:\s+(?:company|provider|firm|carrier|name))?`;
/** Whose it is: an article or a possessive, or a name with "'s". */
const OWNER = String.raw`(?:(?:the|my|his|her|their|our|your|its)\s+|[\p{L}'’-]+['’]s\s+)`;
/** The verb: "is", "'s", "was", "is with", "would be". */
const IS = String.raw`(?:\s+(?:is|was|would be|will be)|['’]s)(?:\s+(?:with|called|named))?\s+`;

/**
 * The value of short text `field` said after its label's last noun and "is" in `utterance`, or null:
 * "Her insurance is USAA" for "Other driver's insurer" → "USAA"; "her insurer is Geico, I think" → "Geico".
 * The value runs to the end of its clause (comma, full stop, "and", "but").
 */
export function headNounValue(utterance: string, field: Field): { value: string; span: string } | null {
  const head = field.label
    .toLowerCase()
    .replace(/[^a-z\s]/g, ' ')
    .trim()
    .split(/\s+/)
    .pop();
  if (!head || head.length < MIN_HEAD) return null;
  const stem = escapeRegExp(head.slice(0, STEM));
  const re = new RegExp(
    String.raw`${OWNER}${stem}[a-z]*${KIND}${IS}([^,.;!?]+?)\s*(?:$|[,.;!?]|\s+(?:and|but|though|tho)\b)`,
    'iu',
  );
  const m = re.exec(utterance);
  if (!m) return null;
  const value = m[1]!.trim().replace(/^(?:the|a|an)\s+(?=\p{Lu})/u, '');
  return value ? { value, span: m[1]!.trim() } : null;
}
