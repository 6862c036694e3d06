/**
 * Words that hold details back instead of giving them: "I need to check the exact name of her medication
 * with her pediatrician, I'll come back to finish this", "we'll have to ask the vet and get back to you".
 * The speaker says they will find out or return; the details field stays unanswered. Pure.
 */

/**
 * The speaker as subject with a modal, a future or a need ("I'll", "we need to", "I have to", "I'll need
 * to"); a bare "I" is not enough ("I check in at 3").
 */
const SPEAKER = String.raw`(?:i|we)(?:(?:['’]ll|['’]d|\s+will|\s+would|\s+can|\s+must|\s+should)(?:\s+(?:need|have)\s+to)?|\s+(?:need|have|got|want)\s+to|\s+gotta)`;
/** Finding out or coming back: "check", "confirm", "ask", "find out", "look up", "come back", "get back". */
const PUT_OFF = String.raw`(?:check|double[- ]check|confirm|ask|find\s+out|look\s+(?:it\s+)?up|come\s+back|get\s+back|return|finish)`;
/**
 * A clause in which the speaker says they will find out or come back, whatever follows; after "and" /
 * "then" the speaker may be left out ("… and get back to you").
 */
const HOLDING_BACK = new RegExp(
  String.raw`^(?:(?:but|so)\s+)?${SPEAKER}\s+(?:first\s+)?${PUT_OFF}\b|^(?:and|then)\s+(?:${SPEAKER}\s+)?${PUT_OFF}\b`,
  'i',
);

/**
 * Whether every clause of `text` (split at commas, semicolons, "and", "but") is one in which the speaker
 * says they will find out or come back (see the module comment). "peanuts, I'll check the dose" gives
 * peanuts; "I check in at 3" is no such clause.
 */
export function withholdsDetails(text: string): boolean {
  const clauses = text
    .replace(/[.!]+\s*$/, '')
    .split(/\s*[,;]\s*|\s+(?=(?:and|but)\s)/i)
    .map((c) => c.trim())
    .filter(Boolean);
  return clauses.length > 0 && clauses.every((c) => HOLDING_BACK.test(c));
}
