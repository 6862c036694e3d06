/**
 * An option said as a possibility for later, beside the one chosen now: "just a one-off for now, might go
 * monthly in the new year" chooses One-off. Pure.
 *
 * Reads: the clause that holds an option's words. It is a possibility for later when a modal of possibility
 * comes before the words in their clause ("might", "may", "maybe", "possibly", "perhaps", "could") and the
 * clause speaks of later ("in the new year", "later on", "down the track", "eventually", "after that", "next
 * year"). Leaves alone: a hedge without a later time ("weekly, or maybe fortnightly" stays undecided) and a
 * later time without a hedge ("weekly, and monthly after that" is a plan the caller weighs as before).
 */

/** Where a clause ends: a comma, semicolon, full stop, "!", "?", a colon, a dash, or "but". */
const BREAK = /[,;:.!?()]|\s-+\s|\bbut\b/g;
const MODAL = /\b(?:might|may|maybe|possibly|perhaps|could|probably)\b/;
const LATER =
  /\b(?:later(?:\s+on)?|in\s+the\s+new\s+year|next\s+(?:year|month|season)|down\s+the\s+(?:track|line|road)|eventually|after\s+that|afterwards|in\s+(?:the\s+)?future|at\s+some\s+point|one\s+day)\b/;

/** The clause of lower-cased `text` that holds position `at`. */
function clauseAt(text: string, at: number): { head: string; clause: string } {
  let start = 0;
  for (const m of text.slice(0, at).matchAll(BREAK)) start = m.index + m[0].length;
  const rest = text.slice(at);
  const end = /[,;:.!?()]|\s-+\s|\bbut\b/.exec(rest);
  return { head: text.slice(start, at), clause: text.slice(start, end ? at + end.index : text.length) };
}

/** Whether the option words at `at` of lower-cased `text` are a possibility for later (see the file comment). */
export function saidForLater(text: string, at: number): boolean {
  const { head, clause } = clauseAt(text, at);
  return MODAL.test(head) && LATER.test(clause);
}
