/**
 * Counts said as how often rather than with a number: "once", "only once", "twice", "thrice", "just the one",
 * "only the one". Used for count fields when no number is said ("ya once at a meetup" → 1). "once" that opens
 * a clause ("once I finish", "once the kids are asleep") is a conjunction, not a count.
 */

const TIMES: Record<string, number> = { once: 1, twice: 2, thrice: 3 };

/** "once" / "twice" not opening a clause, or "just / only the one" (not "the one with …"). */
const SAID =
  /\b(once|twice|thrice)\b(?!\s+(?:i|i'm|i've|we|we're|you|he|she|they|it|it's|the|my|our|your|this|that|there|upon|again|more)\b)|\b(?:just|only)\s+(?:the\s+)?one\b(?!\s+(?:of|with|who|that|which)\b)/i;

/**
 * The count `utterance` says without a number (see the file comment): { value, span } or null when it says none
 * ("once I'm back", "the one with the red door", "many times").
 */
export function timesCount(utterance: string): { value: number; span: string } | null {
  const m = SAID.exec(utterance);
  if (!m) return null;
  return { value: m[1] ? TIMES[m[1].toLowerCase()]! : 1, span: m[0] };
}
