import type { Candidate } from './plan.js';

/**
 * Whether a free-text reading `c` of a field loses to a more confident value of the same field found in the
 * same utterance (`others`: a typed shape such as a number plate "KX19 LMF" beside "It's a Skoda Octavia"). It
 * would be dropped when the values are merged, so it must not keep the words it read from the free-text
 * fields read after it. Pure.
 */
export function isOutweighed(c: Candidate, others: Candidate[]): boolean {
  return others.some((o) => o.field === c.field && o.confidence > c.confidence);
}
