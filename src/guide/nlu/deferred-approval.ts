/**
 * Approval put off: at the review, "I'll come back and send it later", "I'll check with my partner and send
 * it then", "let me think, I might submit tomorrow" or "send it if the price is right" name the act of
 * sending but do not ask for it now. Pure functions over the person's words.
 */

/** The verbs of sending or approving a form (the review's own words). */
const APPROVE =
  /\b(?:send|sending|sent|submit|submitting|book|booking|confirm|finish|finali[sz]e|complete|launch|sign|lodge|file|go ahead|do it)\b/i;

/** A time still to come, or coming back to it: "later", "tomorrow", "tonight", "next week", "another time". */
const LATER =
  /\b(?:later(?: on)?|tomorrow|tonight|this (?:evening|afternoon|weekend)|next (?:week|month|time)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|another (?:time|day)|some (?:other )?time|at some point|in a (?:bit|while|few|day or two)|come back|get back to (?:it|this|you))\b/i;

/** Doubt about doing it at all: "I might submit", "maybe send it", "probably tomorrow", "let me think". */
const DOUBT = /\b(?:might|(?<!you )may|maybe|perhaps|possibly|probably|not sure|undecided)\b/i;

/** Taking time to think: "let me think", "I'll think about it", "I want to sleep on it". */
const THINKING =
  /\b(?:(?:let me|i need to|i have to|i'?ll|i will|i want to|i should|gotta) (?:think|sleep on|mull)|think (?:about it|it over)|sleep on it)\b/i;

/** Checking with someone or something first: "I'll check with my partner", "once I ask my boss". */
const CHECK =
  /\b(?:check|ask|confirm|talk|speak|run it by|clear it)\s+(?:(?:it|this|that)\s+)?(?:with|by|past)\s+(?:my|our|the)\b|\b(?:ask|check with)\s+(?:my|our)\b/i;

/**
 * A condition put on the sending: "if …", "unless …", "once …", "when …", "as soon as …", "provided …". A
 * condition that only is polite or on the guide's side ("if you can", "when you're ready", "if that's ok",
 * "if possible", "if so") puts nothing off.
 */
const CONDITION = /\b(?:if|unless|once|when|whenever|as soon as|provided|assuming|after)\b\s*([^,.;!?]*)/gi;
const POLITE_CONDITION =
  /^(?:you\b|you'?re\b|possible\b|so\b|necessary\b|needed\b|(?:that|it|this|everything|all)(?:'s| is| looks| seems)? (?:ok(?:ay)?|fine|alright|all right|good|correct|right|in order|possible|there)\b)/i;

/** Whether any condition in the words is one the person still has to see to ("if the price is right"). */
function conditioned(text: string): boolean {
  for (const m of text.matchAll(CONDITION)) if (!POLITE_CONDITION.test(m[1]!.trim())) return true;
  return false;
}

/**
 * Whether the words take time to think (`THINKING`), or name sending or approving (`APPROVE`) but put it
 * off: to a later time (`LATER`), in doubt (`DOUBT`), after checking with someone (`CHECK`), or under a
 * condition still to be met. "yes send it", "go ahead and submit", "send it now please" and "submit it if
 * you can" are approvals.
 */
export function defersApproval(utterance: string): boolean {
  const text = utterance.toLowerCase().replace(/[\u2019]/g, "'");
  if (THINKING.test(text)) return true;
  if (!APPROVE.test(text)) return false;
  return LATER.test(text) || DOUBT.test(text) || CHECK.test(text) || conditioned(text);
}
