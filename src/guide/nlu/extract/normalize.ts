import type { Field } from '../../../core/wizard/definition.js';

/**
 * Small text utilities shared by the extractors: filler stripping, tokenising, crude stemming and the
 * "words of a field" (name, label, description, hints) used to relate utterances to fields.
 */

/** Words that carry no content for matching options or fields against an utterance. */
export const STOPWORDS = new Set(
  (
    "a an the i me my mine we us our you your it its it's this that these those is are was were be been am " +
    'do does did to of in on at for from with by and or but so as if then than please just really ' +
    "want wanna would like i'd id i'll ill i'm im let let's lets go get give take pick choose choice " +
    'prefer one ones option think guess maybe perhaps well um uh er hmm oh okay ok yeah can could should ' +
    'will shall may might must have has had need some any which what who whom how when where why there ' +
    "here about around that's thats"
  ).split(/\s+/),
);

const LEADING_FILLER =
  /^(?:(?:um+|uh+|erm+|er|hmm+|ah|oh|well|so|okay|ok|alright|right|actually|honestly|basically|please|hey|hi|hello|yeah|yes|sure|i think|i guess|i suppose|let me see|let's see|you know|i mean)(?:\s+then)?\b[\s,.!-]*)+/i;
const TRAILING_FILLER =
  /(?:[\s,]*\b(?:please|pls|plz|thanks|thx|thank you(?: very much| so much)?|i think|i guess|i suppose|if (?:you )?(?:can|could|possible)|for me|tho|though|anyway|anyways)\b)+[\s.!?]*$/i;

/**
 * An instruction to record what follows ("put Moreno Studio", "just write Acme", "Put it down as Acme"): the
 * verb in lower case before a capitalised word or digit, or in any case with "down"/"as" after it — so a
 * name that starts with such a word ("Type Foundry Ltd") stays whole.
 */
const RECORD_VERB = /^(?:just\s+)?(?:put|write|enter|type)\s+(?=[A-Z0-9"'\u201c])/;
const RECORD_AS =
  /^(?:just\s+)?(?:put|write|enter|type)(?:\s+(?:it|that|me|us|them))?(?:\s+down(?:\s+as)?|\s+as)\s+/i;

/**
 * Removes leading fillers ("um", "well", "please", "I think", "alright then", "put …") and trailing courtesy
 * words, discourse particles ("ledger-bot tho", "Ledger though", "Maple anyway") and punctuation.
 */
export function stripFillers(text: string): string {
  let s = text.trim();
  for (let i = 0; i < 3; i++) {
    const before = s;
    s = s.replace(LEADING_FILLER, '').replace(TRAILING_FILLER, '');
    s = s.replace(RECORD_VERB, '').replace(RECORD_AS, '');
    s = s.replace(/^[\s,.;:!?"'-]+/, '').replace(/[\s,.;:!?"']+$/, '');
    if (s === before) break;
  }
  return s;
}

/** Lowercases, turns curly quotes straight and collapses white space. */
export function normalize(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lowercase word tokens (letters, digits, apostrophes inside words). */
export function tokens(text: string): string[] {
  return normalize(text).match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? [];
}

/** A crude English stem: drops plural / -ing / -ed / -er endings so "seats" ~ "seat", "leaving" ~ "leav". */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/'s$/, '');
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('es') && /(?:ss|sh|ch|x)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** Content-word stems of a text (stopwords removed). */
export function contentStems(text: string): string[] {
  return tokens(text)
    .filter((t) => !STOPWORDS.has(t))
    .map(stem);
}

/** Groups of words that name the same thing in field names and in speech. */
const SYNONYM_GROUPS: string[][] = [
  [
    'people',
    'ppl',
    'pax',
    'person',
    'persons',
    'passenger',
    'rider',
    'traveler',
    'traveller',
    'seat',
    'guest',
    'us',
    'adult',
    'member',
    'ticket',
    'party',
    'group',
    'table',
  ],
  ['city', 'location', 'town', 'area', 'place', 'where', 'metropolis'],
  ['origin', 'from', 'depart', 'departure', 'leave', 'leav', 'start', 'pickup', 'outbound'],
  ['destination', 'to', 'head', 'arriv', 'arrive', 'go', 'going', 'visit', 'dest'],
  ['return', 'back', 'inbound', 'dropoff'],
  ['restaurant', 'eatery', 'diner', 'cafe', 'bistro'],
  ['hotel', 'place', 'property', 'accommodation', 'stay'],
  ['bed', 'bedroom'],
  ['bath', 'bathroom'],
  ['bag', 'luggage', 'suitcase', 'baggage'],
  ['star', 'rat', 'rating'],
  ['time', 'when', 'hour', 'clock', "o'clock"],
  ['date', 'day', 'when'],
  ['birth', 'born', 'birthday', 'birthdate', 'dob', 'bday'],
  ['category', 'type', 'kind', 'genre', 'cuisine', 'sort'],
  ['name', 'call', 'called', 'named', 'title'],
  ['email', 'mail', 'e-mail'],
  ['phone', 'number', 'mobile', 'cell', 'telephone'],
  ['company', 'employer', 'business', 'organization', 'organisation', 'work', 'firm'],
  ['song', 'track', 'music', 'tune'],
  ['movie', 'film', 'title'],
  ['budget', 'price', 'cost', 'spend', 'money', 'amount'],
  // written short: "5 yrs", "6 mos", "2 wks", "12 hrs", "a 3yo husky" (years old)
  ['year', 'yr', 'yrs', 'yo'],
  ['month', 'mo', 'mos', 'mth', 'mths'],
  ['week', 'wk', 'wks'],
  ['hour', 'hr', 'hrs'],
  ['minute', 'min', 'mins'],
  ['kilometre', 'kilometer', 'km', 'kms'],
  ['pound', 'lb', 'lbs'],
  ['kilogram', 'kilo', 'kg', 'kgs'],
];

const SYNONYMS = new Map<string, Set<string>>();
for (const group of SYNONYM_GROUPS) {
  const stems = group.map(stem);
  for (const s of stems) {
    const set = SYNONYMS.get(s) ?? new Set<string>();
    for (const t of stems) set.add(t);
    SYNONYMS.set(s, set);
  }
}

/** The stem and its synonyms' stems. */
export function expandStem(s: string): Set<string> {
  return SYNONYMS.get(s) ?? new Set([s]);
}

/** Content stems naming a field: its name (split on `_`), label, description and extraction hints. */
export function fieldStems(field: Field, withDescription = true): string[] {
  const parts = [field.name.replace(/_/g, ' '), field.label, ...(field.extraction_hints ?? [])];
  if (withDescription && field.description) parts.push(field.description);
  return [...new Set(parts.flatMap(contentStems))];
}

/**
 * Whether two stems are the same word inflected: equal, or the shorter (at least `minLength` letters) a
 * prefix of the longer by at most three letters ("pet"/"pets", "deliver"/"delivery"), never a longer word
 * that merely starts with it ("Petaluma" is no pet).
 */
export function inflectedAlike(a: string, b: string, minLength: number): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return (
    short === long || (short.length >= minLength && long.startsWith(short) && long.length - short.length <= 3)
  );
}

/**
 * Whether `short` is a shortening of the longer `word`: at least three letters, the same first letter, and
 * its letters in order within `word`: a clipped word ("bath"/"bathroom", "bed"/"bedroom") or one written
 * without its vowels ("bth"/"bathroom", "wkly"/"weekly").
 */
export function abbreviates(short: string, word: string): boolean {
  if (short.length < 3 || short.length >= word.length || short[0] !== word[0]) return false;
  let at = 0;
  for (const ch of word) if (ch === short[at]) at++;
  return at === short.length;
}

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when `phrase` occurs in `text` as whole words (both normalised). */
export function containsPhrase(text: string, phrase: string): boolean {
  const p = normalize(phrase);
  if (!p) return false;
  return new RegExp(`(?:^|[^a-z0-9])${escapeRegExp(p)}(?:$|[^a-z0-9])`).test(normalize(text));
}
