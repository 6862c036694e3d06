import type { Field } from '../../../core/wizard/definition.js';
import { isBorrowedOptionWord } from './answers.js';
import type { Candidate } from './plan.js';

/**
 * Option words said inside a reason given for an answer. Pure.
 */

/** A clause that gives a reason: "since people will be coding along", "because the team asked for it". */
const REASON = /\b(?:since|because|cause|'cause|cos|so that)\s+[^,.;:!?]+/gi;

/**
 * Whether `c`, a value of a field that was not asked, was chosen only by option words said inside a reason
 * clause of `utterance` ("the hands-on 90 minute one, since people will be coding along": "people" is no
 * choice of a track), its field not named there (`isBorrowedOptionWord`). False when the words also occur
 * outside a reason, or for a field asked.
 */
export function isReasonWord(c: Candidate, utterance: string, asked: Field[], fields: Field[]): boolean {
  if (!c.span || asked.some((f) => f.name === c.field) || !isBorrowedOptionWord(c, utterance, fields))
    return false;
  const span = c.span.toLowerCase();
  const reasons = [...utterance.matchAll(REASON)].map((m) => m[0].toLowerCase());
  if (!reasons.some((r) => r.includes(span))) return false;
  const outside = reasons.reduce((text, r) => text.replace(r, ' '), utterance.toLowerCase());
  return !outside.includes(span);
}
