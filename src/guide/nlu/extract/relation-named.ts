import { isClearNameWord, isNameWord } from './name-shape.js';
import { repairedName } from './name-repair.js';

/**
 * Another person's name said with how they relate to the speaker: "it's for my son, Leo", "my daughter Mia,
 * she's 9", "my 9 year old boy Sam", "my niece Priya Shah", "my son is called Noah", "Mia, my daughter".
 * Pure.
 *
 * The relation noun is one of a closed class (`RELATIONS`: family, partners, friends, colleagues, neighbours), after a possessive
 * ("my", "our", "his", "her", "their") and up to two age or order words ("9 year old", "little",
 * "eldest"). The name is one to three name words (`isNameWord`), lowercase allowed ("my son leo"): right after
 * the noun (a comma, a dash or "named" / "called" between), after "is" / "is called" / "'s name is", or
 * before ", my <relation>". A possessive relation ("my son's school is Oakwood") gives no name.
 */

export interface RelationNamed {
  /** The name: "Leo", "Priya Shah". */
  name: string;
  /** The relation noun: "son", "niece". */
  relation: string;
  /** The words from the possessive or the name to the end of the phrase: "my son, Leo", "Mia, my daughter". */
  span: string;
}

/** Relation nouns: a closed class of words for the people someone fills a form for. */
export const RELATIONS = [
  'son',
  'daughter',
  'kid',
  'child',
  'boy',
  'girl',
  'baby',
  'toddler',
  'teen',
  'teenager',
  'stepson',
  'stepdaughter',
  'godson',
  'goddaughter',
  'grandson',
  'granddaughter',
  'grandchild',
  'grandkid',
  'niece',
  'nephew',
  'cousin',
  'brother',
  'sister',
  'husband',
  'wife',
  'partner',
  'spouse',
  'fiance',
  'fiancé',
  'fiancee',
  'fiancée',
  'boyfriend',
  'girlfriend',
  'mum',
  'mom',
  'mother',
  'dad',
  'father',
  'grandma',
  'grandmother',
  'grandpa',
  'grandfather',
  'granny',
  'nan',
  'nana',
  'aunt',
  'auntie',
  'uncle',
  'friend',
  'colleague',
  'coworker',
  'co-worker',
  'teammate',
  'flatmate',
  'housemate',
  'roommate',
  'neighbour',
  'neighbor',
  'other half',
  'better half',
  'significant other',
  'plus one',
  'plus-one',
  'eldest',
  'oldest',
  'youngest',
];
/** A relation noun, and "-to-be" after it ("my wife-to-be", "husband to be"). */
const RELATION = `(?:${RELATIONS.join('|')})(?:[- ]to[- ]be)?`;

/** Age and order words between the possessive and the noun: "9 year old", "nine-year-old", "little", "eldest". */
const MODIFIER = String.raw`(?:[\w]+[- ](?:years?|yrs?|yo)(?:[- ]old)?|[\w]+-year-old|little|big|baby|eldest|oldest|youngest|middle|younger|older|step|twin|only)`;

const POSSESSIVE = String.raw`\b(?:my|our|his|her|their)\s+(?:${MODIFIER}\s+){0,2}`;

/**
 * Where a relation noun may stand with no possessive: opening the utterance or a clause ("Rhys Evans, partner
 * Carys Jones", "mum, Karen Reid", "wife Carys 07700 900288", "and other half is Darragh").
 */
const CLAUSE_OPENING = String.raw`(?:^|(?<=[,;:.!?—–]\s*)|\band\s+)`;

/**
 * Between the noun and the name: a comma, a dash, "named", "(who) is called", "whose name is", or a bare
 * "is" (its own group: only a clear name may follow it).
 */
const JOINER = String.raw`(?:\s*[,:–—-]\s*|\s+)(?:(?:who(?:'s|\s+is)\s+|(?:he|she|they)(?:'s|\s+is|\s+are)\s+|is\s+)?(?:named|called)\s+|(?:whose|his|her|their)\s+name(?:'s|\s+is)\s+|(is\s+))?`;

/** "my son, Leo", "my son's name is Leo" and their kin: groups the relation, a bare "is", and the words after the joiner. */
const AFTER = new RegExp(
  String.raw`(?:${POSSESSIVE}|${CLAUSE_OPENING})(${RELATION})(?:['’]s\s+name(?:'s|\s+is)\s+|(?!['’])${JOINER})(\S+(?:\s+\S+){0,2})`,
  'giu',
);

/**
 * "Mia, my daughter": one or two words opening a clause (group 2), before ", my <relation>" ending it ("Dana,
 * my son needs help" names no son).
 */
const BEFORE = new RegExp(
  String.raw`(?:^|[.;:!?]\s*|,\s*)((?:it's|it is|this is|that's)\s+)?(\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*)?)\s*,\s*${POSSESSIVE}(${RELATION})(?=\s*(?:[.;!?)]|$))`,
  'giu',
);

/** Verbs that name whom the speaker marries: "marrying Arjun Menon", "engaged to Tom", "getting married to Jo". */
const MARRYING = /\b(?:marrying|(?:getting |got |to get |being )?married to|engaged to|wedding to)\s+/giu;

/**
 * One to three name words at the start of `words` (the second and third only when capitalised and name
 * words too: "Mateo Moreno Diaz"); `clear` asks for a word that reads as a name anywhere (`isClearNameWord`).
 */
function leadingName(words: string, clear: boolean): string | null {
  const raw = words.split(/\s+/);
  const bare = raw.map((w) => w.replace(/[.,;:!?)]+$/, ''));
  if (!bare[0] || !(clear ? isClearNameWord(bare[0]) : isNameWord(bare[0]))) return null;
  const name = [bare[0]];
  // punctuation after a word ends the name
  for (let i = 1; i < 3 && raw[i - 1] === bare[i - 1]; i++) {
    const next = bare[i];
    if (!next || !/^\p{Lu}/u.test(next) || !isNameWord(next)) break;
    name.push(next);
  }
  return name.join(' ');
}

/** The relation noun as said, lowercase and without "to be": "Wife-to-be" → "wife". */
function relationNoun(said: string): string {
  return said.toLowerCase().replace(/[- ]to[- ]be$/, '');
}

/** The first name said with a relation noun in `utterance` (see the module comment), or null. */
export function relationNamed(utterance: string): RelationNamed | null {
  for (const m of utterance.matchAll(AFTER)) {
    const [whole, relation, bareIs, rest] = m;
    // "my son is 9", "my son is happy": after a bare "is" only a capitalised clear name is a name
    if (bareIs && !/^\p{Lu}/u.test(rest!)) continue;
    const said = leadingName(rest!, Boolean(bareIs));
    if (!said) continue;
    const span = whole!.slice(0, whole!.length - rest!.length) + said;
    // "my fiancée is Grace Lamb, sorry, Lam": the name as put right
    const name = repairedName(said, utterance.slice(m.index + span.length));
    return { name, relation: relationNoun(relation!), span: span.trim() };
  }
  for (const m of utterance.matchAll(MARRYING)) {
    const rest = utterance.slice(m.index + m[0].length);
    const name = /^\p{Lu}/u.test(rest) ? leadingName(rest, false) : null;
    if (name) return { name, relation: 'spouse', span: m[0] + name };
  }
  for (const m of utterance.matchAll(BEFORE)) {
    const [, , words, relation] = m;
    if (!words!.split(/\s+/).every(isClearNameWord)) continue;
    const from = m[0].indexOf(words!);
    return { name: words!, relation: relationNoun(relation!), span: m[0].slice(from).trim() };
  }
  return null;
}

/** A relation's possessive and a thing of theirs, then maybe "is", ending the text: "my son's school is". */
const RELATIONS_THING = new RegExp(
  String.raw`${POSSESSIVE}${RELATION}['’]s\s+(?!name\b)[\p{L}-]+(?:\s+[\p{L}-]+)?(?:\s+(?:is|was))?\s*$`,
  'iu',
);

/**
 * Whether `before` ends with a relation's possessive and a thing of theirs ("my son's school", "our
 * daughter's teacher is"), so a value said next ("… Oakwood") names that thing, not the person. Their name
 * ("my son's name") is no such thing.
 */
export function endsWithRelationsThing(before: string): boolean {
  return RELATIONS_THING.test(before);
}
