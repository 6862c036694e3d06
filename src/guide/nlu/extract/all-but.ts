/**
 * A multi_select answered by every option but some: "everything except the boardroom", "all of them but
 * the nails", "every space apart from the roof", "all but tea and juice". Pure.
 */

/**
 * "everything" / "all of them" / "all the spaces" / "every room", after an optional verb of choosing
 * ("let's do", "I'll take", "give us"), then a word of exception. The exception words are the closed class
 * of English set-aside prepositions.
 */
const ALL_BUT =
  /^(?:(?:let'?s\s+(?:do|have|take|go\s+(?:with|for)|book)|(?:i|we)(?:'d|'ll|\s+would|\s+will)?\s+(?:like|want|take|need|book|go\s+(?:with|for))|give\s+(?:me|us|him|her|them)|book)\s+)?(?:everything|every\s+\w+|the\s+whole\s+lot|them\s+all|all(?:\s+of)?(?:\s+(?:them|those|these|it|the\s+\w+(?:\s+\w+)?))?)\s*,?\s+(?:except(?:\s+for)?|but(?:\s+not)?|apart\s+from|other\s+than|save\s+for|minus|without|bar|besides)\s+(.+)$/;

/** Where a list of set-aside options splits: commas, "and", "or", "nor". */
const LIST_SPLIT = /\s*(?:,|;|&|\band\b|\bor\b|\bnor\b)\s*/;

/** An article or possessive before a set-aside option ("except the boardroom", "but my nails"). */
const DETERMINER = /^(?:the|a|an|my|our|your|his|her|their)\s+/;

/**
 * The option values (`values`, in order) left when normalized `bare` chooses every option but the ones it
 * names after the exception word (`named` gives the values an item names when it is only their name);
 * null when the words are no such answer (an item after the exception is more than an option's name, or
 * nothing or everything is set aside).
 */
export function everyOptionBut(
  bare: string,
  values: string[],
  named: (text: string) => string[],
): string[] | null {
  const m = ALL_BUT.exec(bare);
  if (!m) return null;
  const parts = m[1]!.split(LIST_SPLIT).filter(Boolean);
  const excluded = new Set<string>();
  for (const part of parts) {
    const hits = named(part.replace(DETERMINER, ''));
    if (hits.length === 0) return null;
    for (const v of hits) excluded.add(v);
  }
  const kept = values.filter((v) => !excluded.has(v));
  return excluded.size > 0 && kept.length > 0 ? kept : null;
}
