/**
 * Words said inside a reason given for an answer. Pure.
 */

/** A clause that gives a reason: "since people will be coding along", "because the team asked for it". */
const REASON = /\b(?:since|because|cause|'cause|cos|so that)\s+[^,.;:!?]+/gi;

/**
 * Whether `span` occurs in `utterance` only inside reason clauses: "people" in "the hands-on 90 minute one,
 * since people will be coding along" (true); "people" in "people, since it is about careers" (false). False
 * when the span is empty or not said.
 */
export function saidOnlyInReason(span: string | undefined, utterance: string): boolean {
  const words = (span ?? '').trim().toLowerCase();
  if (!words) return false;
  const reasons = [...utterance.matchAll(REASON)].map((m) => m[0].toLowerCase());
  if (!reasons.some((r) => r.includes(words))) return false;
  const outside = reasons.reduce((text, r) => text.replace(r, ' '), utterance.toLowerCase());
  return !outside.includes(words);
}
