import type { Field } from '../../../core/wizard/definition.js';
import type { Candidate } from './plan.js';

/**
 * Forms that keep an existing thing and a new one side by side ("alarm_time" and "new_alarm_time"): a value
 * said while creating something ("add another alarm at 4 pm", or after "What time should I set it for?")
 * belongs to the `new_` field, and the plain field keeps describing the existing thing.
 */

const CREATING =
  /\b(?:new|add(?:ing)?|another|create|creating|set(?:ting)? up|set|establish|make|schedule)\b/i;

/**
 * The candidates with each value for a field `X` moved to `new_X` when the form has both and the words (the
 * person's or the agent's question) are about creating; a value both fields took stays with `new_X` only.
 */
export function preferNewSiblings(
  candidates: Candidate[],
  fields: Field[],
  utterance: string,
  agentLine?: string,
): Candidate[] {
  const names = new Set(fields.map((f) => f.name));
  if (![...names].some((n) => n.startsWith('new_') && names.has(n.slice(4)))) return candidates;
  if (!CREATING.test(utterance) && !(agentLine && CREATING.test(agentLine))) return candidates;
  const out: Candidate[] = [];
  for (const c of candidates) {
    const sibling = `new_${c.field}`;
    if (!names.has(sibling)) out.push(c);
    else if (!candidates.some((o) => o.field === sibling)) out.push({ ...c, field: sibling });
  }
  return out;
}
