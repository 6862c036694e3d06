import type { Field } from '../../../core/wizard/definition.js';
import { booleanKeyTerms } from '../extract/boolean-terms.js';
import { isTopicWord, booleanTopic } from '../extract/boolean-topic.js';
import { contentStems, inflectedAlike, normalize } from '../extract/normalize.js';
import { SPEAKER_HAS } from '../extract/speaker-has.js';
import { workStatusYesNo } from '../extract/work-status.js';
import { detectYesNo } from '../extract/yes-no.js';

/**
 * Two or more yes/no questions asked in one prompt ("Are you authorized to work in the US, and do you have a
 * food handler card?") answered clause by clause:
 * - "yes and yes", "yes to both", "both yes", "neither" answer every one alike;
 * - "yes I'm authorized, no food handler card" answers each by the words its clause says of it;
 * - a clause that names none of them ("yes I'm a citizen. no food handler card yet") answers the one no other
 *   clause names, in the order asked; a status ("I have a green card") names the right to work.
 * Needs at least two clauses that each say yes or no (or a status, or "I have …"); fewer say nothing here, and
 * a clause that says neither ("but I can get one") is left out. Pure.
 */

const BOTH =
  /\b(?:(?:yes|yeah|yep|yup|no|nope|nah)\s+(?:to|for|on)\s+(?:both|all(?:\s+of\s+them|\s+three)?|each)|both(?:\s+of\s+them)?(?:\s+are)?\s+(?:yes|yeah|no|true)|yes\s+(?:and|&)\s+yes(?:\s+(?:and|&)\s+yes)*|no\s+(?:and|&)\s+no(?:\s+(?:and|&)\s+no)*)\b|^(?:neither|none of them)\b/;
const BOTH_NO = /\b(?:no|nope|nah|neither|none)\b/;
/** "I have one", "I've got it", "we do have the card": the thing asked for is held. */
const HOLDS = new RegExp(String.raw`^(?:(?:yes|yeah|yep|and|also|oh)\s+)*${SPEAKER_HAS}\b`);
const CLAUSES = /[.;!?]+|,\s*|\s+-\s+|\s+(?:and|but|&|plus)\s+/;

/** The yes or no one clause says, for any of `asked`: a yes or no word, a status, or holding something. */
function clauseValue(clause: string, asked: Field[]): boolean | null {
  const said = detectYesNo(clause);
  if (said !== null) return said;
  for (const f of asked) {
    const status = workStatusYesNo(clause, f);
    if (status !== null) return status;
  }
  return HOLDS.test(clause) ? true : null;
}

/** How strongly `clause` names `field`: a status for it outweighs any count of its key terms said. */
function score(clause: string, field: Field, all: Field[], domain: string): number {
  if (workStatusYesNo(clause, field) !== null) return 10;
  const topic = booleanTopic(field);
  const terms = booleanKeyTerms(field, all, domain);
  return contentStems(clause).filter(
    (s) => topic.some((t) => isTopicWord(s, t)) || terms.some((t) => inflectedAlike(s, t, 4)),
  ).length;
}

/**
 * The value each of `asked` (two or more yes/no fields asked by one prompt) gets from `utterance`, by field
 * name (see the file comment); empty when the words do not answer them clause by clause. `all` are the
 * wizard's fields and `domain` its name and description (the words every field shares).
 */
export function pairedYesNo(
  utterance: string,
  asked: Field[],
  all: Field[],
  domain: string,
): Map<string, boolean> {
  const out = new Map<string, boolean>();
  if (asked.length < 2) return out;
  const text = normalize(utterance).replace(/[\u2019]/g, "'");
  const both = BOTH.exec(text);
  if (both) {
    for (const f of asked) out.set(f.name, !BOTH_NO.test(both[0]));
    return out;
  }
  const clauses = text
    .split(CLAUSES)
    .map((c) => c.trim())
    .filter(Boolean)
    .map((c) => ({ c, value: clauseValue(c, asked) }))
    .filter((x): x is { c: string; value: boolean } => x.value !== null);
  if (clauses.length < 2) return out;
  const pairs = clauses
    .flatMap((x, i) => asked.map((f, j) => ({ i, j, s: score(x.c, f, all, domain) })))
    .filter((p) => p.s > 0)
    .sort((a, b) => b.s - a.s || a.i - b.i || a.j - b.j);
  const usedClause = new Set<number>();
  for (const p of pairs) {
    const f = asked[p.j]!;
    if (usedClause.has(p.i) || out.has(f.name)) continue;
    const status = workStatusYesNo(clauses[p.i]!.c, f);
    out.set(f.name, status ?? clauses[p.i]!.value);
    usedClause.add(p.i);
  }
  // clauses that name none of them (or one taken already) answer the rest, in the order asked
  const rest = asked.filter((f) => !out.has(f.name));
  clauses.forEach((x, i) => {
    if (usedClause.has(i) || rest.length === 0) return;
    out.set(rest.shift()!.name, x.value);
  });
  return out;
}
