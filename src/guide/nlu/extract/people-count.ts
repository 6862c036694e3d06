import type { Field } from '../../../core/wizard/definition.js';
import { UNIT_WORDS } from './number-lexicon.js';

/**
 * Head counts said without a number, for a number field that counts people: "just me", "I live alone" → 1;
 * "me and my wife", "my partner and I", "the two of us", "us two" → 2; "the three of us" → 3. Only fields whose
 * label, name or description speak of people (adults, guests, occupants, passengers …) take them.
 */

/** Words of a field's label, name or description that say it counts people. */
const PEOPLE_WORDS =
  /\b(?:adults?|people|persons?|guests?|members?|occupants?|residents?|travell?ers?|passengers?|attendees?|participants?|grown-?ups?|diners?|visitors?)\b/i;

/** One more adult named with "my": a partner or a grown-up housemate ("me and my wife", "my partner and I"). */
const COMPANION =
  '(?:wife|husband|partner|spouse|girlfriend|boyfriend|fianc[eé]{1,2}|roommate|flatmate|housemate|friend|mum|mom|mother|dad|father|sister|brother)';

const ME = '(?:me|my(?:self|slef))';

const ONE = new RegExp(
  String.raw`\b(?:(?:just|only)\s+${ME}\b|${ME}\s+alone\b|(?:i|i'm|i am)\s+(?:live|living)\s+alone\b|(?:live|living)\s+(?:on my own|by myself|alone)\b|all\s+by\s+myself\b)`,
  'i',
);
const TWO = new RegExp(
  String.raw`\b(?:me\s+and\s+my\s+${COMPANION}|my\s+${COMPANION}\s+and\s+(?:i|me)|us\s+two|both\s+of\s+us|the\s+pair\s+of\s+us)\b`,
  'i',
);
const SOME_OF_US = /\b(?:the|all)\s+(two|three|four|five|six|seven|eight|nine|\d)\s+of\s+us\b/i;

/** Whether `field` is a number field that counts people (see the file comment). */
export function countsPeople(field: Field): boolean {
  if (field.type !== 'number') return false;
  const said = [field.label, field.name.replace(/_/g, ' '), field.description ?? ''].join(' ');
  return PEOPLE_WORDS.test(said);
}

/**
 * The head count `utterance` says without a number, with the words that say it, or null:
 * "it's just me living there" → { value: 1, span: "just me" }; "the three of us" → { value: 3, … }.
 */
export function peopleCount(utterance: string): { value: number; span: string } | null {
  const some = SOME_OF_US.exec(utterance);
  if (some) {
    const w = some[1]!.toLowerCase();
    return { value: UNIT_WORDS[w] ?? Number(w), span: some[0] };
  }
  const two = TWO.exec(utterance);
  if (two) return { value: 2, span: two[0] };
  const one = ONE.exec(utterance);
  return one ? { value: 1, span: one[0] } : null;
}
