import { findNumberMentions } from '../extract/numbers.js';
import type { Candidate } from './plan.js';

/**
 * A self-correction that is a bare number ("he's 4, weighs about 1.1 kilos, no wait, 1.2, he was weighed last
 * week"): it corrects the number said last before the cue (the weight), not the field asked (the age). Pure.
 */

/** Whether the corrected words are a number with nothing after it in its clause ("1.2, he was …", "six"). */
function isBareNumber(tail: string): boolean {
  const first = findNumberMentions(tail)[0];
  if (
    !first ||
    first.ordinal ||
    /\S/.test(tail.slice(0, first.index).replace(/\b(?:about|around|like)\b/gi, ''))
  )
    return false;
  return /^\s*(?:[,;.!?]|$)/.test(tail.slice(first.index + first.span.length));
}

/**
 * The field a bare corrected number (`tail`, see the file comment) corrects: the field of the numeric
 * candidate among `before` whose words come last in `head`; undefined when the tail is no bare number or no
 * number was said before it.
 */
export function correctedNumberField(head: string, tail: string, before: Candidate[]): string | undefined {
  if (!isBareNumber(tail)) return undefined;
  let last: { field: string; at: number } | undefined;
  for (const c of before) {
    if (typeof c.value !== 'number' || !c.span) continue;
    const at = head.lastIndexOf(c.span);
    if (at >= 0 && (!last || at > last.at)) last = { field: c.field, at };
  }
  return last?.field;
}
