import type { Field } from '../../../core/wizard/definition.js';
import { hostsSomething } from './hosting-party.js';
import { cardinalWords } from './number-lexicon.js';

/**
 * Head counts said without a number, for a number field that counts people: "just me", "I live alone" → 1;
 * "me and my wife", "my partner and I", "the two of us", "us two" → 2; "the three of us", "that's four of us" → 3, 4;
 * a party listed with the speaker in it: "myself and my two daughters" → 3, "my husband, my son and me" → 3. Only fields whose
 * label, name or description speak of people (adults, guests, occupants, passengers …) take them. A party that hosts
 * what is booked ("my fiancé and I are getting married") counts no heads (hosting-party.ts).
 */

/** Words of a field's label, name or description that say it counts people. */
const PEOPLE_WORDS =
  /\b(?:adults?|people|persons?|guests?|members?|occupants?|residents?|travell?ers?|passengers?|attendees?|participants?|grown-?ups?|diners?|visitors?|patients?|clients?|customers?)\b/i;

/** Nouns that count heads on any people field ("one person", "2 people", "3 adults"). */
const HEAD_NOUNS = /^(?:persons?|people|adults?|heads?|of us)\b/i;

/** Whether `words` (what follows a number) name heads: "person", "people", "of us" — for a people field. */
export function namesHeads(words: string): boolean {
  return HEAD_NOUNS.test(words.trim());
}

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
const SOME_OF_US = /\b(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+of\s+us\b/i;

/** Family and friends named one at a time ("my son", "my husband"). */
const ONE_RELATIVE = String.raw`(?:${COMPANION}|son|daughter|kid|child|boy|girl|baby|nephew|niece|cousin|aunt|uncle|grandma|grandpa|grandmother|grandfather|grandson|granddaughter|colleague|co-?worker|boss|neighbou?r)`;
/** Family and friends named together, with how many ("my two daughters", "the 2 kids"). */
const SOME_RELATIVES = String.raw`(?:sons|daughters|kids|children|boys|girls|babies|nephews|nieces|cousins|friends|colleagues|co-?workers)`;
/** Family named together that are two without a number. */
const PAIRS = String.raw`(?:parents|grandparents|twins)`;
const HEADS = cardinalWords(2, 19);
const HOW_MANY = String.raw`(?:${Object.keys(HEADS).join('|')}|\d{1,2})`;
const RELATIVES = String.raw`(?:(?:my|our|the)\s+(?:${HOW_MANY}\s+${SOME_RELATIVES}|${ONE_RELATIVE}|${PAIRS}))`;
const JOIN = String.raw`(?:\s*,\s*(?:and\s+|plus\s+)?|\s+and\s+|\s*&\s*|\s+plus\s+)`;
const SELF = String.raw`(?:me|myself|i)`;
/** A party listed with the speaker in it: "myself and my two daughters", "my husband, my son and me". */
const PARTY = new RegExp(
  String.raw`\b(?:${SELF}(?:${JOIN}${RELATIVES})+|${RELATIVES}(?:${JOIN}${RELATIVES})*${JOIN}${SELF})\b`,
  'gi',
);
/** One member of a party and how many it counts. */
const MEMBER = new RegExp(
  String.raw`\b(${HOW_MANY})\s+${SOME_RELATIVES}\b|\b(${PAIRS})\b|\b${ONE_RELATIVE}\b`,
  'gi',
);

/** The head count of a party listed with the speaker in it (see PARTY), or null. */
function partyCount(utterance: string): { value: number; span: string } | null {
  for (const m of utterance.matchAll(PARTY)) {
    let count = 1;
    for (const member of m[0].matchAll(MEMBER)) {
      const many = member[1]?.toLowerCase();
      count += many ? (HEADS[many] ?? Number(many)) : member[2] ? 2 : 1;
    }
    if (count > 1 && !hosts(utterance, m)) return { value: count, span: m[0] };
  }
  return null;
}

/** People counted in a group: "adults", "kids", "a baby". */
const GROUP_NOUN = String.raw`(?:adults?|grown-?ups?|children|child|kids?|teenagers?|teens?|babies|baby|toddlers?|infants?|people|persons?)`;
const GROUP = String.raw`(?:${HOW_MANY}|one|an?)\s+(?:(?:young|little|small|older|grown)\s+)?${GROUP_NOUN}`;
/** Groups said together: "2 adults and 3 children", "two adults, a teenager and a baby". */
const GROUPS = new RegExp(String.raw`\b${GROUP}(?:${JOIN}${GROUP})+\b`, 'i');
const ONE_GROUP = new RegExp(String.raw`\b(${HOW_MANY}|one|an?)\s`, 'gi');
/** A household said by its size: "a family of four", "we're a household of 3". */
const FAMILY_OF = new RegExp(String.raw`\b(?:family|household)\s+of\s+(${HOW_MANY})\b`, 'i');

/**
 * The heads of people counted in groups said together, added up, with the words that say them, or null:
 * "2 adults and 3 children" → 5, "two adults and a baby" → 3; a household said by its size: "a family of
 * four plus our indoor cat" → 4. One group alone ("3 adults") is left to the number and its noun.
 */
export function groupedHeads(utterance: string): { value: number; span: string } | null {
  const groups = GROUPS.exec(utterance);
  if (groups) {
    let value = 0;
    for (const m of groups[0].matchAll(ONE_GROUP)) {
      const w = m[1]!.toLowerCase();
      value += HEADS[w] ?? (/^(?:one|an?)$/.test(w) ? 1 : Number(w));
    }
    return { value, span: groups[0] };
  }
  const family = FAMILY_OF.exec(utterance);
  if (!family) return null;
  const w = family[1]!.toLowerCase();
  return { value: HEADS[w] ?? Number(w), span: family[0] };
}

/** Whether the party `m` found in `utterance` hosts what follows it ("my fiancé and I are getting married"). */
function hosts(utterance: string, m: RegExpMatchArray): boolean {
  return hostsSomething(utterance.slice(m.index! + m[0].length));
}

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
  if (some && !hosts(utterance, some)) {
    const w = some[1]!.toLowerCase();
    return { value: HEADS[w] ?? Number(w), span: some[0] };
  }
  const party = partyCount(utterance);
  if (party) return party;
  const two = TWO.exec(utterance);
  if (two && !hosts(utterance, two)) return { value: 2, span: two[0] };
  const one = ONE.exec(utterance);
  return one ? { value: 1, span: one[0] } : null;
}
