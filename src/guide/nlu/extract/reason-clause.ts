/**
 * Clauses that give a reason or state a circumstance rather than choose: "weekday afternoons and evenings, I
 * have uni in the mornings", "no bike cover because I don't cycle", "legal cover, as my husband cycles". An
 * option's words inside such a clause explain the choice; they do not add to it. Pure.
 */

/** Where a clause ends: a comma, semicolon, full stop, "!", "?", a colon or a dash between spaces. */
const BREAK = /[,;:.!?()]|\s-+\s/g;
/** A reason conjunction, at the clause's start or inside it: "because", "since", "'cause", "as my …". */
const REASON =
  /(?:^|\s)(?:because|since|'?cause|cos|coz|given\s+that|seeing\s+as|as(?=\s+(?:i|we|my|our|he|she|they|his|her|their|it|you)\b))(?=\s|$)/;
/**
 * A statement about oneself or one's own people at the clause's start ("I have uni", "we've got", "my
 * husband cycles"), not followed by a verb of choosing or wanting (`CHOOSING`).
 */
const SUBJECT =
  /^\s*(?:(?:and|but|so|oh|well|also)\s+)*(?:(i|we|they|he|she)('m|'re|'ve|'d|'ll|'s)?|(?:my|our)\s+[a-z]+)\s+/;
/**
 * Others named by "the" with a verb of being or coming at the clause's start ("the removalists are booked
 * early", "the kids get home at three"): a circumstance unless the verb chooses ("the kids are free").
 */
const THIRD_PARTY =
  /^\s*(?:(?:and|but|so|oh|well|also)\s+)*the\s+[a-z]+\s+(?:are|is|was|were|have|has|had|get|gets|got|come|comes|arrive|arrives|leave|leaves|start|starts|finish|finishes)\s+/;
/** What a subject says when it chooses: "I can do", "I'd like", "we want", "I'm free", "I think". */
const CHOOSING =
  /^(?:can(?!'t|not)|could|would|will|want|wanna|prefer|like|love|need|choose|pick|take|go\s+for|also|only|just|mainly|mostly|usually|normally|think|guess|reckon|suppose|(?:am\s+)?(?:free|available|happy|keen|ok|okay|good|fine|flexible|open|up\s+for|down\s+for|after|looking|interested))\b/;

/** The start of the clause that holds position `at` of `text`: just past the last break before it. */
function clauseStart(text: string, at: number): number {
  let start = 0;
  for (const m of text.slice(0, at).matchAll(BREAK)) start = m.index + m[0].length;
  return start;
}

/** Whether a clause's head (its words from its start) states a circumstance: a subject not choosing. */
function statesCircumstance(head: string): boolean {
  const other = THIRD_PARTY.exec(head);
  if (other) return !CHOOSING.test(head.slice(other[0].length));
  const subject = SUBJECT.exec(head);
  if (!subject) return false;
  // "I'd", "I'll" choose ("I'd like", "I'll take"); "I'm" is read with what follows ("I'm free" chooses)
  if (subject[2] === "'d" || subject[2] === "'ll") return false;
  return !CHOOSING.test(head.slice(subject[0].length));
}

/**
 * Whether position `at` of lower-cased `text` (an option's words) lies in a clause that gives a reason (a
 * reason conjunction before it in its clause) or states a circumstance (a subject at the clause's start
 * without a choosing verb: "I have uni in the mornings", "my husband cycles").
 */
export function inReasonClause(text: string, at: number): boolean {
  const head = text.slice(clauseStart(text, at), at);
  return REASON.test(head) || statesCircumstance(head);
}

/**
 * A judgment of "too much" said of the words just before it, within their clause: "british sounds too stiff",
 * "the rooftop one is a bit too cold", "garden's way too small". At most two words (the option's own, or "one",
 * "voice" …) between the option's words and the verb.
 */
const FAULTED =
  /^(?:\s+[a-z]+){0,2}?(?:'s|\s+(?:sounds?|is|seems?|feels?|looks?|was|gets?))\s+(?:(?:a\s+(?:bit|little)|way|kind\s+of|kinda|far|just|much|sort\s+of|a\s+touch)\s+)?too\b/;

/**
 * Whether the option's words ending at `end` of lower-cased `text` are faulted as "too" something in their
 * clause ("british sounds too stiff" at "british"): a reason to leave that option, not a choice of it.
 * "the british one is perfect" and "too british for me" are no such fault.
 */
export function faultedAfter(text: string, end: number): boolean {
  const rest = text.slice(end);
  const stop = rest.search(/[,;:.!?()]|\s-+\s/);
  return FAULTED.test(stop < 0 ? rest : rest.slice(0, stop));
}

/**
 * Lower-cased `text` less its reasons and circumstances (`inReasonClause`): "afternoons and evenings, i have
 * uni in the mornings" → "afternoons and evenings"; "weekends because i work nights" → "weekends". Clauses
 * are joined with ", ".
 */
export function outsideReasons(text: string): string {
  return text
    .toLowerCase()
    .split(BREAK)
    .filter((clause) => !statesCircumstance(clause))
    .map((clause) => {
      const reason = REASON.exec(clause);
      return (reason ? clause.slice(0, reason.index) : clause).trim();
    })
    .filter(Boolean)
    .join(', ');
}
