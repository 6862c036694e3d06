import type { Field } from '../../../core/wizard/definition.js';
import type { Candidate } from './types.js';
import { countableMentions } from './countable.js';
import { fieldUnit } from './field-unit.js';
import { inFieldRange } from './field-range.js';
import { agesThing } from './years-since.js';

/**
 * A bare number said as what someone is ("she's 3 and a half", "he's eleven", "I'm 38", "he is 9 now"): in
 * English that is an age in years, for the one number field measured in years by its metadata ("Age (years)").
 * "it's 4" (a price, a time, a count) and a number with a noun after it ("he's 5 foot", "she's 2 kilos") are
 * no age.
 */

/** One person or animal said to be ("he's", "she is", "I'm"); "we're 12" counts heads. */
const SUBJECT =
  /\b(?:he|she|i)(?:'s|’s|'m|’m|\s+is|\s+am)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|only\s+|just\s+)?$/i;
/** What may follow an age: its end, a clause break, "old", "now", "this year". */
const AFTER = /^\s*(?:$|[,;.!?)]|(?:years?\s+)?old\b|now\b|and\b|but\b|this\b|next\b|in\b)/i;

/** Appends to `out` a candidate (`age-said`, 0.8) for an age said bare (see the file comment). */
export function ageSaidCandidates(utterance: string, fields: Field[], out: Candidate[]): void {
  // "I'm 71" is a person's age, never a roof's ("Roof age (years)")
  const ages = fields.filter((f) => fieldUnit(f)?.name === 'year' && !agesThing(f));
  if (ages.length !== 1 || out.some((c) => c.field === ages[0]!.name)) return;
  const field = ages[0]!;
  for (const n of countableMentions(utterance)) {
    if (n.money || !SUBJECT.test(utterance.slice(0, n.index))) continue;
    if (!AFTER.test(utterance.slice(n.index + n.span.length)) || !inFieldRange(field, n.value)) continue;
    out.push({ field: field.name, value: n.value, confidence: 0.8, extractor: 'age-said', span: n.span });
    return;
  }
}
