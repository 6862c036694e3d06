import type { Field } from '../../../core/wizard/definition.js';

/**
 * A date said as the day something stops being valid ("exp 08/31/2028", "it expires 11/30/2027", "good until
 * 5/31/2028", "valid thru 03/29", "runs out in May") belongs to a date field about an expiry ("Card expiration
 * date", "Expiry", "Valid until", "Renewal date") or an end ("Lease end date"), and to no other date field: it is no start, visit or birth
 * date. The cue is read in the few words right before the date; what the field is about from its name and
 * label.
 */

/** Words right before a date that say it is when something stops being valid. */
const EXPIRY_CUE =
  /\b(?:exp\.?|expir(?:es|ed|ing|y|ation)(?:\s+date)?(?:\s+is)?|valid\s+(?:until|till|til|thru|through|to)|good\s+(?:until|till|til|thru|through|to)|runs?\s+out|lapses?|renew(?:al)?\s+(?:by|on|date))\s*(?:on\s+|in\s+|at\s+)?(?:the\s+)?[:-]?\s*$/i;

/** Words of a field's name or label that make it about an expiry, or an end ("Lease end date", "Valid until"). */
const EXPIRY_FIELD =
  /\b(?:expir\w*|exp|expiry|valid(?:ity)?|renewal|lapse|end|ends|ending|until|thru|through)\b/i;

/** Whether the words right before `index` in `text` say the date there is an expiry (see EXPIRY_CUE). */
export function saysExpiry(text: string, index: number): boolean {
  return EXPIRY_CUE.test(text.slice(Math.max(0, index - 40), index));
}

/** Whether a date field is about an expiry, by its name or label (see the file comment). */
export function isExpiryField(field: Field): boolean {
  return field.type === 'date' && EXPIRY_FIELD.test(`${field.name.replace(/_/g, ' ')} ${field.label}`);
}

/** Whether words hold a date said as an expiry anywhere ("it's good until 5/31/2028"): the cue and a digit or month after it. */
export function mentionsExpiry(text: string): boolean {
  for (const m of text.matchAll(/\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/gi))
    if (saysExpiry(text, m.index)) return true;
  return false;
}
