import nlp from 'compromise';
import { LruMap } from '../../../core/lru-map.js';
import type { Field } from '../../../core/wizard/definition.js';

/**
 * What a free-text field holds, guessed from its name, label, description and hints. The kind picks the
 * lead-in phrases ("from X" for an origin, "in X" for a city) used to find its value in an utterance.
 */
export type TextKind =
  | 'origin'
  | 'destination'
  | 'location'
  | 'organization'
  | 'title'
  | 'category'
  | 'person'
  | 'amount'
  | 'count'
  | 'address'
  | 'generic';

const RULES: Array<[TextKind, RegExp]> = [
  // a phone, email or web address kept in a text field is no name, place or category
  ['generic', /\b(?:phone|telephone|mobile|e-?mail|website|url)\b/],
  ['address', /\b(?:address|street|postcode|zip)\b/],
  ['amount', /\b(?:amount|price|fare|cost|balance|budget|salary|fee|total)\b/],
  ['count', /\b(?:number of (?!the\b)\w+s|how many|length of stay|stay length|duration)\b/],
  [
    'origin',
    /\b(?:origin|from|departure (?:city|location|station)|departing|leaving from|pick ?up (?:city|location)|pickup|start(?:ing)? (?:point|location))\b/,
  ],
  [
    'destination',
    /\b(?:destination|to (?:location|station|city)|where to|going to|drop ?off|dropoff|arrival (?:city|location))\b/,
  ],
  [
    'organization',
    /\b(?:restaurant|hotel|company|employer|organi[sz]ation|business|venue|store|shop|attraction|station|airport|property|place name|bank|brand|school|university|pub|bar|cafe)\b/,
  ],
  [
    'location',
    /\b(?:city|location|area|town|suburb|district|borough|county|province|village|region|country|state|neighbou?rhood|address|place|destination)\b/,
  ],
  ['title', /\b(?:title|movie|film|song|album|book|event|show|track|alarm|playlist)\b/],
  ['category', /\b(?:category|subcategory|genre|type|cuisine|kind|style|sort)\b/],
  [
    'person',
    /\b(?:name|person|recipient|therapist|doctor|artist|director|actor|actors|starring|contact|owner|manager|friend)\b/,
  ],
];

/** Longest short text (characters) that still holds a name or a title rather than prose. */
const SHORT_VALUE = 150;

/** Kinds of proper names: a field named for one ("Venue and town") holds a name however long it may be. */
const NAME_KINDS = new Set<TextKind>(['organization', 'location', 'person', 'title']);

/** The kind a field's name or label alone says (`RULES`), or null. */
function namedKind(field: Field): TextKind | null {
  for (const source of [field.name.replace(/_/g, ' '), field.label].map((t) => t.toLowerCase()))
    for (const [kind, re] of RULES) if (re.test(source)) return kind;
  return null;
}

/**
 * Whether a one-line text field holds prose in the person's words (entry instructions, special requests, a
 * note): its maximum length allows more than a name or a title (> 150 characters), and its name or label
 * names no proper name's kind ("Venue and town" of 200 characters holds a venue's name).
 */
export function holdsProse(field: Field): boolean {
  if (field.type !== 'text' || (field.validation?.max_length ?? 0) <= SHORT_VALUE) return false;
  const kind = namedKind(field);
  return !kind || !NAME_KINDS.has(kind);
}

/** Kinds that hold a number alone: no prose field is one ("what kind of pet, how many, and …" is a description). */
const NUMERIC = new Set<TextKind>(['amount', 'count']);

/**
 * The kind of a text field. The field's name counts first, then label, hints and description. A prose field
 * (`holdsProse`) is no amount or count: a number said in it is part of the description.
 */
export function textKind(field: Field): TextKind {
  const name = field.name.replace(/_/g, ' ').toLowerCase();
  const rest = [field.label, ...(field.extraction_hints ?? []), field.description ?? '']
    .join(' ')
    .toLowerCase();
  const prose = holdsProse(field);
  for (const source of [name, rest]) {
    for (const [kind, re] of RULES) if (re.test(source) && !(prose && NUMERIC.has(kind))) return kind;
  }
  // "where" asks for a place only as the question itself ("Where are you staying?"); in a description it
  // may be where anything is ("where a key is left")
  if (/\bwhere\b/.test(`${name} ${field.label}`.toLowerCase())) return 'location';
  return 'generic';
}

/**
 * Whether a text field holds a person's name: a person field named or labelled as a name ("full_name",
 * "Your name", "recipient_name"), not a role alone ("director", "artist").
 */
export function isPersonNameField(field: Field): boolean {
  const words = `${field.name.replace(/_/g, ' ')} ${field.label}`.toLowerCase();
  return textKind(field) === 'person' && /\bnames?\b/.test(words);
}

/**
 * Whether a text field may hold a person's name besides anything else: a person field, or one whose name,
 * label or hints name a person's role (compromise's #Actor nouns: "previous dentist", "a dentist's name or
 * a town", "your GP or doctor", "the trainer"). The description is not read: it may name anyone ("the patient").
 */
export function admitsPerson(field: Field): boolean {
  if (textKind(field) === 'person') return true;
  const words = [field.name.replace(/_/g, ' '), field.label, ...(field.extraction_hints ?? [])]
    .join('. ')
    .replace(/['’]s\b/g, '');
  let actor = ACTORS.get(words);
  if (actor === undefined) {
    try {
      actor = nlp(words).has('#Actor');
    } catch {
      actor = false;
    }
    ACTORS.set(words, actor);
  }
  return actor;
}

/** Whether a field's words name a person's role, by those words: compromise tags the same words alike every turn. */
const ACTORS = new LruMap<string, boolean>(1024);
