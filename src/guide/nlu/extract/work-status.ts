import type { Field } from '../../../core/wizard/definition.js';
import { normalize } from './normalize.js';

/**
 * A yes/no about the right to work answered by the status that settles it: "I'm a US citizen", "I have a
 * green card", "permanent resident", "I have a work permit" → true; "I'd need visa sponsorship" → false.
 * The field is one whose name, label or description speaks of being authorized, eligible, permitted or
 * having the right to work ("Authorized to work in the US", "Full right to work in Australia",
 * "work_eligible"). Other yes/no fields, and statuses said of someone else ("my wife is a citizen"), are left
 * alone: returns null.
 */

/** The field asks whether the person may work: "work" and an authorization word in its texts. */
const WORK = /\bwork(?:ing)?\b/i;
const RIGHT = /\b(?:authori[sz]\w*|eligib\w*|permit\w*|right|rights|allowed|legal(?:ly)?|entitled)\b/i;

/** Statuses that give the right to work. */
const ENTITLED =
  /\b(?:(?:i'm|i am|im)\s+(?:an?\s+)?(?:(?:us|u\.s\.|american|australian|uk|british|canadian|eu|natural(?:i[sz]ed)?)\s+)*(?:citizen|national|permanent resident|green card holder|resident)|(?:i\s+(?:have|hold|got)|i've\s+got|i've|with)\s+(?:an?\s+|my\s+)?(?:green card|work permit|work visa|ead|permanent residency|citizenship|pr)\b|green card|permanent resident|work permit)\b/;
/** Statuses that do not: a visa to be sponsored, a visitor's stay. */
const LACKS =
  /\b(?:(?:need|require)s?\s+(?:a\s+)?(?:visa\s+)?sponsorship|(?:not|no)\s+(?:an?\s+)?(?:us\s+|u\.s\.\s+)?citizen\b(?!\s+but)|tourist visa|visitor visa)\b/;
/** The status is someone else's: "my wife is a citizen", "he has a green card". */
const SOMEONE_ELSE =
  /\b(?:my|his|her|their)\s+\w+\s+(?:is|has)\b|\b(?:he|she|they)\s+(?:is|are|has|have|'s)\b/;

/** Whether `field` asks if the person may work (see the file comment). */
export function isWorkRightField(field: Field): boolean {
  if (field.type !== 'boolean') return false;
  const text = `${field.name.replace(/_/g, ' ')} ${field.label} ${field.description ?? ''}`;
  return WORK.test(text) && RIGHT.test(text);
}

/** The yes (true) or no (false) the status said in `utterance` gives `field`, or null (see the file comment). */
export function workStatusYesNo(utterance: string, field: Field): boolean | null {
  if (!isWorkRightField(field)) return null;
  const text = normalize(utterance).replace(/[\u2019]/g, "'");
  if (SOMEONE_ELSE.test(text)) return null;
  if (LACKS.test(text)) return false;
  return ENTITLED.test(text) ? true : null;
}
