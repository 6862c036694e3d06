import { stripFillers } from './normalize.js';

/**
 * Long free text (textarea, rich_text, voice_only): the utterance is kept as said, minus clear lead-ins
 * ("well, I'd like it to be", "I want it to say", "it should be about") and fillers.
 */

const LEAD_INS = [
  /^(?:i(?:'d| would) like (?:it|this|that|the \w+) to (?:be|say|read|sound)(?: like)?)\b[\s,:]*/i,
  /^(?:i want (?:it|this|that|the \w+) to (?:be|say|read|sound)(?: like)?)\b[\s,:]*/i,
  /^(?:(?:it|this|that|the \w+) should (?:be|say|read|sound)(?: like)?(?: about)?)\b[\s,:]*/i,
  /^(?:(?:let's|let us) (?:say|go with|make it))\b[\s,:]*/i,
  /^(?:(?:you can|please) (?:write|put|say|use))\b[\s,:]*/i,
  /^(?:(?:here(?:'s| is)|it's|it is) (?:my|the|our) (?:answer|description|text|message|note|bio|summary))\b[\s,:]*/i,
  /^(?:(?:my|the|our) (?:answer|description|text|message|note|bio|summary) is)\b[\s,:]*/i,
];

/** The text of a long free-text answer. Confidence 0.9 when a lead-in was cut, 0.85 otherwise. */
export function extractLongText(
  utterance: string,
): { value: string; confidence: number; span: string } | null {
  let s = stripFillers(utterance);
  let cut = false;
  for (const re of LEAD_INS) {
    const next = s.replace(re, '');
    if (next !== s && next.trim()) {
      s = stripFillers(next);
      cut = true;
    }
  }
  if (!s) return null;
  // keep the user's sentence-final punctuation for multi-sentence text, drop a lone trailing period
  const end = /[.!?]+$/.exec(utterance.trim())?.[0] ?? '';
  const value = /[.!?]/.test(s) && !/[.!?]$/.test(s) ? s + end : s.replace(/[.]$/, '');
  return { value, confidence: cut ? 0.9 : 0.85, span: utterance.trim() };
}
