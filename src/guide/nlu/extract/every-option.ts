import { UNIT_WORDS } from './number-lexicon.js';

/**
 * Whether a multi_select answer chooses every option: "all of them", "everything", "both", and "all four" /
 * "all 4 of them" when the count is the number of options. A reason may follow the choice ("all four, he
 * deserves it"), but not an exception ("all of them except the bath") nor an option's name (`namesOption`).
 */

const ALL =
  /^(?:(?:i(?:'ll| will)?|we(?:'ll)?)\s+(?:want|take|like|choose|pick)\s+)?(?:them\s+)?(?:all|both|everything|every\s+one|all\s+of\s+(?:them|those|these|the\s+above|it)|both\s+of\s+(?:them|those)|the\s+whole\s+lot|all\s+(?:the\s+)?options)$/;
const ALL_COUNTED =
  /^(?:let'?s\s+do\s+|give\s+(?:him|her|them|me|us)\s+)?all\s+(?:the\s+)?(\w+)(?:\s+of\s+(?:them|those|these|the\s+above))?$/;
const EXCEPTION = /\b(?:except|but|not|without|apart\s+from|other\s+than|minus|besides|no)\b/;

function isAll(clause: string, optionCount: number): boolean {
  if (ALL.test(clause)) return true;
  const counted = ALL_COUNTED.exec(clause);
  if (!counted) return false;
  const n = /^\d+$/.test(counted[1]!) ? Number(counted[1]) : UNIT_WORDS[counted[1]!];
  return n === optionCount;
}

/**
 * Whether normalized `bare` (lower case, no trailing punctuation) chooses all `optionCount` options; the
 * words after the first clause must not name an option nor set one aside.
 */
export function choosesEveryOption(
  bare: string,
  optionCount: number,
  namesOption: (text: string) => boolean,
): boolean {
  if (isAll(bare, optionCount)) return true;
  const cut = /\s*(?:[,;:!]|\s-+\s|\.\s)\s*/.exec(bare);
  if (!cut) return false;
  const rest = bare.slice(cut.index + cut[0].length);
  return isAll(bare.slice(0, cut.index), optionCount) && !EXCEPTION.test(rest) && !namesOption(rest);
}
