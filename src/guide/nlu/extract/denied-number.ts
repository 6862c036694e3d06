import { normalize } from './normalize.js';
import type { Candidate } from './types.js';
import { REPLACING_WORDS } from './replacing-words.js';

/**
 * The words a value is said to replace at the end of a clause: "5pm, not 4", "it's 60 not 40.", "eight rather
 * than six", "make it 12 instead of 10". One or two words, then a pause mark or the end.
 */
const DENIED = new RegExp(String.raw`\b(?:${REPLACING_WORDS})\s+(\S+(?:\s+\S+)??)\s*(?=[,.;!?)]|$)`, 'gi');

/**
 * Whether `c` is a number the words deny: "sorry 5pm, not 4" says 4 was the old time, no count of anything.
 * Only numbers: a denied option or yes/no is read by its own negation rules.
 */
export function deniesNumber(utterance: string, c: Pick<Candidate, 'value' | 'span'>): boolean {
  if (typeof c.value !== 'number' || typeof c.span !== 'string') return false;
  const span = normalize(c.span);
  for (const m of utterance.matchAll(DENIED)) if (normalize(m[1]!) === span) return true;
  return false;
}
