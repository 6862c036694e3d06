import { UNIT_WORDS } from './number-lexicon.js';
import { stem } from './normalize.js';

/**
 * Whether a multi_select answer chooses every option: "all of them", "everything", "both", "any of them",
 * "all four" / "all 4 of them" when the count is the number of options, and "every shift" / "all the shifts"
 * when the noun is the field's own. A choosing lead ("I can do", "I'm happy with") and a trailing hedge
 * ("honestly", "I think") may go with it, and a reason may follow ("all four, he deserves it"), but not an
 * exception ("all of them except the bath") nor an option's name (`namesOption`).
 */

/** "I'll take", "we can do", "I'm happy with", "happy to do": a lead that chooses what follows. */
const LEAD =
  /^(?:(?:i|we)(?:'ll|'d|'m|'re| will| would| can| could| am| are)?\s+)?(?:(?:happy|free|available|good|ok|okay|open|up)\s+(?:with|for|to\s+(?:do|work|take))\s+|(?:want|take|like|choose|pick|do|work|manage|go\s+(?:with|for))\s+)/;
/** "honestly", "to be honest", "I think", "please": words that hedge or soften a choice said before them. */
const HEDGE =
  /(?:\s+(?:honestly|really|tbh|to\s+be\s+honest|i\s+(?:think|guess|reckon|suppose)|probably|basically|please|thanks|thank\s+you|if\s+possible|then|too))+$/;
const ALL =
  /^(?:them\s+)?(?:all|both|everything|every\s+one|any\s+and\s+all|(?:all|any|every\s+one)\s+of\s+(?:them|those|these|the\s+above|it|the\s+options)|both\s+of\s+(?:them|those)|the\s+whole\s+lot|all\s+(?:the\s+)?options)$/;
const ALL_COUNTED =
  /^(?:let'?s\s+do\s+|give\s+(?:him|her|them|me|us)\s+)?all\s+(?:the\s+)?(\w+)(?:\s+of\s+(?:them|those|these|the\s+above))?$/;
/** "every shift", "every single day", "all the shifts", "each session": a quantifier before one noun. */
const ALL_NOUN = /^(?:every(?:\s+single)?|each|all(?:\s+(?:of\s+)?the)?)\s+([a-z]+)$/;
const EXCEPTION = /\b(?:except|but|not|without|apart\s+from|other\s+than|minus|besides|no)\b/;

function isAll(said: string, optionCount: number, nouns: ReadonlySet<string>): boolean {
  const clause = said.replace(HEDGE, '').replace(LEAD, '');
  if (ALL.test(clause)) return true;
  const noun = ALL_NOUN.exec(clause);
  if (noun && nouns.has(stem(noun[1]!))) return true;
  const counted = ALL_COUNTED.exec(clause);
  if (!counted) return false;
  const n = /^\d+$/.test(counted[1]!) ? Number(counted[1]) : UNIT_WORDS[counted[1]!];
  return n === optionCount;
}

/**
 * Whether normalized `bare` (lower case, no trailing punctuation) chooses all `optionCount` options; the
 * words after the first clause must not name an option nor set one aside. `nouns`: stems of the field's
 * own nouns (`stem` of its label's words: "shift" for "Shifts available"), for "every shift".
 */
export function choosesEveryOption(
  bare: string,
  optionCount: number,
  namesOption: (text: string) => boolean,
  nouns: ReadonlySet<string> = new Set(),
): boolean {
  if (isAll(bare, optionCount, nouns)) return true;
  const cut = /\s*(?:[,;:!]|\s-+\s|\.\s)\s*/.exec(bare);
  if (!cut) return false;
  const rest = bare.slice(cut.index + cut[0].length);
  return isAll(bare.slice(0, cut.index), optionCount, nouns) && !EXCEPTION.test(rest) && !namesOption(rest);
}
