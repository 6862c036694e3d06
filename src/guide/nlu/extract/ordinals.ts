import { cardinalWords, ORDINAL_WORDS } from './number-lexicon.js';
import { normalize } from './normalize.js';
import { withoutDates } from './numbers.js';

/**
 * Ordinal references to a list the user was offered: "the second one", "number 3", "option two", "#4",
 * "the last one", "the top one", "the one before last", "the middle one". Positions are 1-based in option order.
 */

/** "first" … "tenth": positions in an offered list (longer lists are not said by ordinal words). */
const WORD_ORDINALS = Object.fromEntries(Object.entries(ORDINAL_WORDS).filter(([, n]) => n <= 10));
const WORD_CARDINALS = cardinalWords(1, 10);

export interface OrdinalMatch {
  /** 0-based index into the list */
  index: number;
  span: string;
}

/**
 * The list position `utterance` refers to among `count` items, or null. Bare numbers are not ordinals
 * ("3" could be a quantity); "number 3", "option 3", "#3", "3rd" are; a date's day ("March 1st") is not.
 */
export function findOrdinal(utterance: string, count: number): OrdinalMatch | null {
  const t = normalize(withoutDates(utterance));
  const check = (n: number, span: string): OrdinalMatch | null =>
    n >= 1 && n <= count ? { index: n - 1, span } : null;
  let m =
    /\b(?:the\s+)?(?:one\s+before\s+(?:the\s+)?last|second[\s-]+(?:to|from)[\s-]+(?:the\s+)?last|penultimate(?:\s+one)?)\b/.exec(
      t,
    );
  if (m) return check(count - 1, m[0]);
  m = /\b(?:the\s+)?(?:very\s+)?(?:last|final|bottom)\s*(?:one|option|choice|item)?\b/.exec(t);
  if (m && !/\b(?:last|final)\s+(?:name|time|night|week|month|year)\b/.test(t)) return check(count, m[0]);
  // "the top one": the first of the list as it was read out ("top" alone is no position: "top priority")
  m = /\b(?:the\s+)?(?:very\s+)?top\s+(?:one|option|choice|item)\b/.exec(t);
  if (m) return check(1, m[0]);
  m = /\b(?:the\s+)?middle\s*(?:one|option)?\b/.exec(t);
  if (m && count % 2 === 1) return check((count + 1) / 2, m[0]);
  const word = new RegExp(
    `\\b(the\\s+)?(${Object.keys(WORD_ORDINALS).join('|')}|\\d{1,2}(?:st|nd|rd|th))\\b(\\s+(?:one|option|choice|item|of them))?`,
  ).exec(t);
  // "the second", "second one", "second" alone — not "his first time"
  const alone = word !== null && t.replace(/[^a-z0-9]+/g, ' ').trim() === word[2];
  if (word && (word[1] || word[3] || alone)) {
    const n = WORD_ORDINALS[word[2]!] ?? parseInt(word[2]!, 10);
    return check(n, word[0]);
  }
  // "no. 2", "no 3" are "number"; "no one", "no two ways" are no position
  m = new RegExp(
    `(?:\\b(?:number|option|choice|item|no\\.)\\s*|#\\s*)(\\d{1,2}|${Object.keys(WORD_CARDINALS).join('|')})\\b|\\bno\\s*(\\d{1,2})\\b`,
  ).exec(t);
  const said = m?.[1] ?? m?.[2];
  if (m && said) {
    const n = WORD_CARDINALS[said] ?? parseInt(said, 10);
    return check(n, m[0]);
  }
  return null;
}
