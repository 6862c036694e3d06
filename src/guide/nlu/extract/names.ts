import nlp from 'compromise';
import type { Field } from '../../../core/wizard/definition.js';
import { STOPWORDS, stripFillers } from './normalize.js';
import { declines } from '../acts.js';
import { admitsPerson, isPersonNameField, textKind, type TextKind } from './text-kind.js';
import { givesName, isTalkOnly, looksLikeGivenName, looksLikeName } from './name-shape.js';
import {
  isOwnNameField,
  isSelfOrOtherNameField,
  isSpeakerRoleNameField,
  isThingNameField,
} from './name-fields.js';
import { fitsNamePart, isNamePart } from './name-part-fit.js';
import { isVerbObject } from './verb-object.js';
import { introducedName, ownIntroducedName } from './introductions.js';
import { kindNamed } from './kind-named.js';
import { isOrganizationName } from './org-name.js';
import { isPlaceMention, saidAsPlace } from './place-mention.js';
import { placeWithTown } from './town-said.js';
import { endsWithRelationsThing, relationNamed } from './relation-named.js';
import { isAbbreviation, isTitle, withoutTitles } from './titles.js';
import { CONNECTORS, GENERIC_VALUES, GENERIC_WORDS, NOT_NAMES } from './name-lists.js';

/**
 * Short free-text values (names, places, titles, categories) out of a sentence: lead-ins are stripped
 * ("my name is", "call it", "I work at", "a reservation at", "in", "from", "to"), then a capitalised run
 * (proper noun) or a short lowercase phrase is kept. compromise's place/person/organization tags help when
 * no lead-in is found.
 */

export interface TextMatch {
  value: string;
  confidence: number;
  extractor: string;
  span: string;
}

const NAME_LEAD =
  /\b(?:my name is|my name's|name's|i am called|i'm called|call me|you can call me|it's called|it is called|it'll be called|it will be called|it's named|it is named|(?:let's|let us|we'll|we will|i'll|i will|i want to|i'd like to|i would like to|i wanna|please|i'm going to|gonna)?\s*(?:name|call) (?:it|him|her|them|this one|this|the \w+)|named|called|titled|(?:her|his|their) name (?:is|was)|the name is|name is)\s+(?:is\s+)?/i;
/** A new name given in place of the old one: "rename it to Echo", "change her name to Juno", "new name: Pip". */
const RENAME_LEAD =
  /\b(?:rename(?: (?:it|him|her|them))?(?: (?:to|as))?|change (?:the|its|his|her|their) name to|(?:the )?new name(?: is| will be| should be)?:?)\s+/i;
/**
 * "I work for X", "we're with X", "I'm from X", "my company is X". "im" and a clause-opening "were" are the
 * same words typed without their apostrophe ("were with Fernbrook Trust").
 */
const ORG_LEAD =
  /\b(?:i work (?:at|for|with)|(?:i'm|im|i am|we're|we are|(?<=^|[,;.!?]\s*)were) (?:at|with|from)|(?:i'm|im|i am) employed (?:at|by)|my (?:company|employer|business|organi[sz]ation|firm) is|(?:the )?company is)\s+/i;
/**
 * Someone else's organisation, said with a verb of being its customer: "he has Progressive", "she's with
 * State Farm", "insured with Allstate", "they bank with Chase". Read only before a capitalised name ("he has
 * a broken arm" names none).
 */
const CUSTOMER_LEAD =
  /\b(?:(?:he|she|they)\s+(?:has|had|have|uses|used)|(?:he|she|they|he's|she's|they're|he is|she is|they are|(?:he|she|they) (?:was|were))\s+(?:with|insured (?:with|by|through))|(?:insured|covered|banks?|banked|banking)\s+(?:with|by|through))\s+/i;
/** "we're Acme Labs": only a capitalised name follows, lowercase words describe ("we're tiny", "we're based …"). */
const ORG_IS = /\b(?:we're|we are)\s+/i;

const KIND_LEADS: Record<TextKind, string> = {
  origin: String.raw`(?:leaving|departing|flying|travel(?:l)?ing|coming|starting|going|pick(?:ing)? (?:it |me )?up|collect(?:ing)? (?:it |a \w+ (?:car )?)?|rent(?:ing)? (?:it |a car )?)?\s*(?:from|out of)`,
  destination: String.raw`(?:going|heading|headed|flying|travel(?:l)?ing|leaving for|ride|cab|get|go|trip|fly|travel|destination (?:is|will be)|goes)\s*(?:to|for|is|will be)?|\bto|visit|leaving for`,
  location: String.raw`in|near|around|at|within|close to|for`,
  organization: String.raw`at|to|called|named|from|try|book|visit|use|go with|check out|reservation (?:at|for)|table at`,
  title: String.raw`called|named|titled|watch|see|play|listen to|hear|for|is`,
  category: String.raw`serving|serves|craving|in the mood for|like|want|for|some|prefer|something|fancy|love`,
  person: String.raw`with|by|to|for|named|called|see|is|starring|featuring`,
  amount: String.raw`of|is|be`,
  count: String.raw`for|of|is|be`,
  address: String.raw`at|on|is|to`,
  generic: String.raw`is|be|it's`,
};

/** A run of capitalised words (with inner connectors like "of", "&", "de") at the start of `text`. */
function capitalisedRun(text: string): string | null {
  const words = text.split(/\s+/);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const raw = words[i]!;
    const w = raw.replace(/[.,;:!?)"]+$/, '');
    const isCap = /^(?:[\p{Lu}0-9#][\p{L}\p{M}\p{N}_'’&#.-]*|&)$/u.test(w) && !NOT_NAMES.has(w);
    // a title or abbreviation before a capitalised word keeps its dot and the run ("Dr. Aidan Moran", "St. Mary's")
    if (isCap && /^[^.]+\.$/.test(raw) && /^\p{Lu}/u.test(words[i + 1] ?? '') && isAbbreviation(raw)) {
      out.push(raw);
      continue;
    }
    if (isCap) out.push(w);
    else if (out.length && CONNECTORS.has(w.toLowerCase()) && /^[\p{Lu}0-9]/u.test(words[i + 1] ?? ''))
      out.push(w);
    else break;
    if (w !== raw) break; // punctuation ends the name
  }
  while (out.length && CONNECTORS.has(out[out.length - 1]!.toLowerCase())) out.pop();
  const value = out.join(' ');
  return value && !NUMBER_ONLY.test(value) ? value : null;
}

/** A number, ordinal, amount or hour alone ("8th", "5k", "10am", "1990s"): no name ("3M" is one). */
const NUMBER_ONLY = /^\d[\d,.]*(?:st|nd|rd|th|k|m|am|pm|s)?$/;

const STOP_AFTER =
  /\s+(?:and|but|on|at|for|in|with|because|so|please|then|tomorrow|today|tonight|next|this|from|to|around|by|which|that|who|where|when|if|i|we|is|are|was|it|instead|now|again|too|as well)\b.*$/i;

/** An activity verb before the thing wanted: "(to) watch a rom-com", "to eat some dim sum". */
const ACTIVITY =
  /^\s*(?:to\s+)?(?:watch|see|find|get|have|eat|try|hear|listen to|go to|attend|book|do|play)\s+(?=\S)/i;

/** A short lowercase phrase at the start of `text`, cut at the first clause boundary (≤ 5 words). */
function shortPhrase(text: string): string | null {
  let s = (text.split(/[.,;!?]/)[0] ?? '').replace(ACTIVITY, '');
  s = s.replace(STOP_AFTER, '').trim();
  const words = s.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 5) return null;
  while (words.length && /^(?:a|an|the|some|any|my|something|just|only)$/i.test(words[0]!)) words.shift();
  if (words.some((w) => GENERIC_WORDS.has(w.toLowerCase())) || /^[a-z]+ing$/.test(words[0] ?? ''))
    return null;
  const value = words.join(' ');
  return value && !GENERIC_VALUES.test(value) ? value : null;
}

/** Value after a lead-in: a capitalised run, or (when `lowercaseOk`) a short phrase. */
function afterLead(rest: string, lowercaseOk: boolean): { value: string; capitalised: boolean } | null {
  const r = rest.replace(/^(?:the|a|an)\s+(?=[A-Z])/, '');
  const cap = capitalisedRun(r);
  if (cap) return { value: cap, capitalised: true };
  if (!lowercaseOk) return null;
  const phrase = shortPhrase(rest);
  return phrase ? { value: phrase, capitalised: false } : null;
}

/**
 * The verb of a role a person field is named for: "director" → "directed by", "starring" → "starring",
 * "composer" → "composed by". Null when no name word is an agent noun or participle of four letters or more.
 */
export function roleLead(field: Field): RegExp | null {
  for (const word of field.name.toLowerCase().split(/[_\s]+/)) {
    const root = /^(\w{4,}?)(?:or|er|ing)$/.exec(word)?.[1];
    if (root && !/^(?:numb|ord|custom|own|provid|travel|play|send|receiv)$/.test(root))
      return new RegExp(String.raw`\b${root}\w*\s+(?:by\s+)?`, 'gi');
  }
  return null;
}

/** Nouns a category is said before ("a Drama movie", "blues concert", "Cambodian food", "rom-com kind"). */
const HEAD_NOUNS = [
  'movie',
  'film',
  'flick',
  'event',
  'concert',
  'game',
  'match',
  'show',
  'food',
  'cuisine',
  'restaurant',
  'place',
  'music',
  'song',
  'band',
  'dish',
  'kind',
  'type',
  'category',
  'genre',
  'style',
  'sort',
];
/** Words before a head noun that are no category ("a good movie", "another game", "that film"). */
const NOT_CATEGORY = new Set(
  (
    'a an the this that these those my your our their some any another other good great nice new old fun ' +
    'interesting different specific particular recent popular local best cheap first next last same similar ' +
    'certain live upcoming big little few more less one two three watch see find what which of for to in on at ' +
    'and or kind type sort any nearby favorite favourite whatever'
  ).split(' '),
);

/**
 * A category said right before its head noun: the noun from the field's description ("Main genre of the
 * movie" → movie) or a common one (film, concert, food, kind …). One word, or up to three capitalised or
 * hyphenated ones ("American Football game"). Null when none.
 */
export function categoryBeforeNoun(utterance: string, field: Field): TextMatch | null {
  const own = new Set(field.name.toLowerCase().split('_'));
  const described = (field.description ?? '')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 3 && !own.has(w) && !NOT_CATEGORY.has(w));
  const heads = [...new Set([...described, ...HEAD_NOUNS])].filter((h) => !own.has(h));
  const re = new RegExp(
    String.raw`(?:^|[^\w'-])((?:[A-Z][\w'-]*\s+){1,3}|[\w'-]+\s+)(?:${heads.join('|')})(?:e?s)?\b`,
    'g',
  );
  for (const m of utterance.matchAll(re)) {
    const words = m[1]!.trim().split(/\s+/);
    while (words.length && NOT_CATEGORY.has(words[0]!.toLowerCase())) words.shift();
    if (!words.length || words.some((w) => NOT_CATEGORY.has(w.toLowerCase()) || /^\d/.test(w))) continue;
    if (words.length === 1 && (STOPWORDS.has(words[0]!.toLowerCase()) || NOT_NAMES.has(words[0]!))) continue;
    const value = words.join(' ');
    if (GENERIC_VALUES.test(value) || GENERIC_WORDS.has(value.toLowerCase())) continue;
    const capitalised = /^[A-Z]/.test(value);
    return { value, confidence: capitalised ? 0.85 : 0.8, extractor: 'category-noun', span: m[0].trim() };
  }
  return null;
}

/**
 * A name said with its title, and the place said right after it: "I used to go to Dr. Fahy in Galway" →
 * "Dr. Fahy in Galway", "Dr. Aidan Moran on Baggot Street", "ask for Mrs. Alves". Confidence 0.8; null when
 * no title stands before a capitalised word.
 */
export function titledName(utterance: string): TextMatch | null {
  for (const m of utterance.matchAll(/(?:^|\s)(\p{Lu}\p{L}{0,9}\.?)\s+(?=\p{Lu})/gu)) {
    if (!isTitle(m[1]!)) continue;
    const from = m.index + m[0].indexOf(m[1]!);
    const name = capitalisedRun(utterance.slice(from));
    if (!name || name.split(/\s+/).length < 2) continue;
    const after = utterance.slice(from + name.length);
    const place = /^\s+(?:in|from)\s+/.exec(after);
    const where = place ? capitalisedRun(after.slice(place[0].length)) : null;
    const value = where ? `${name}${place![0]}${where}` : name;
    return { value, confidence: 0.8, extractor: 'titled-name', span: value };
  }
  return null;
}

/** Words of a field's name or label that ask for a description ("pet_details", "About the vehicle"). */
const DESCRIBING = /\b(?:details?|descriptions?|describe|notes?|info|information|about)\b/;

/**
 * Whether a generic text field asks for a description of things ("pet_details": "a staffy called Rex,
 * he's friendly" is the whole answer, not the name Rex).
 */
function describesThings(field: Field): boolean {
  return DESCRIBING.test(`${field.name.replace(/_/g, ' ')} ${field.label}`.toLowerCase());
}

/** Finds `kind` lead-ins followed by a value; the first capitalised hit wins. */
export function cueValue(utterance: string, field: Field, capitalisedOnly: boolean): TextMatch | null {
  const kind = textKind(field);
  if (kind === 'category') {
    const before = categoryBeforeNoun(utterance, field);
    if (before) return before;
  }
  const finders: Array<() => TextMatch | null> = [];
  // a name field of its own is read by its lead-ins ("my name is …"), not any titled name mentioned
  if (admitsPerson(field) && !isPersonNameField(field)) finders.push(() => titledName(utterance));
  const role = roleLead(field);
  // "the other driver was Kimberly Sosa, she has State Farm": a role word before lowercase words ("driver
  // was …") is tried only once the other lead-ins found nothing
  if (role) finders.push(() => leadValue(utterance, role, 0.9, 'role-lead', kind, true));
  // "rename it to Bramble? my friend has a bot called Biscuit": the new name beats another thing's name
  if (
    kind === 'person' ||
    kind === 'title' ||
    (kind === 'generic' && !describesThings(field)) ||
    /name/.test(field.name)
  ) {
    finders.unshift(() => leadValue(utterance, RENAME_LEAD, 0.9, 'name-lead', kind, capitalisedOnly));
    finders.push(() => leadValue(utterance, NAME_LEAD, 0.9, 'name-lead', kind, capitalisedOnly));
  }
  // "it's for my son, Leo": a name said with a relation noun is someone else's, not the speaker's
  if (kind === 'person' && !isOwnNameField(field) && !isSpeakerRoleNameField(field))
    finders.push(() => {
      const rel = relationNamed(utterance);
      return rel && { value: rel.name, confidence: 0.88, extractor: 'relation-name', span: rel.span };
    });
  if (kind === 'person')
    finders.push(() => {
      const intro = introducedName(utterance);
      return intro && { ...intro, confidence: 0.85, extractor: 'introduction' };
    });
  if (kind === 'organization' || /company|employer|work/.test(field.name)) {
    finders.push(() => leadValue(utterance, ORG_LEAD, 0.88, 'org-lead', kind, capitalisedOnly));
    finders.push(() => leadValue(utterance, ORG_IS, 0.88, 'org-lead', kind, true));
    finders.push(() => leadValue(utterance, CUSTOMER_LEAD, 0.88, 'org-lead', kind, true));
    finders.push(() => organizationRun(utterance));
  }
  const own = new RegExp(String.raw`\b(?:${KIND_LEADS[kind]})\s+`, 'gi');
  // "boarding for Rosie", "an appointment with Dr Lee": such words name someone else than the one who speaks
  if (!(kind === 'person' && isOwnNameField(field)))
    finders.push(() =>
      leadValue(utterance, own, kind === 'generic' ? 0.5 : 0.75, `${kind}-lead`, kind, capitalisedOnly),
    );
  // a destination described as where something is ("Location of the hotel"): "a room in Nairobi"
  if (kind === 'destination' && /\blocation\b|\bwhere\b/i.test(field.description ?? '')) {
    const where = new RegExp(String.raw`\b(?:${KIND_LEADS.location})\s+`, 'gi');
    finders.push(() => leadValue(utterance, where, 0.7, `${kind}-lead`, kind, capitalisedOnly));
  }
  if (role && !capitalisedOnly) finders.push(() => leadValue(utterance, role, 0.9, 'role-lead', kind, false));
  // "a husky called Luna" names the husky, not the speaker; "Name's Gareth Price" names no co-speaker
  const barred = notTheirs(utterance, field);
  for (const find of finders) {
    const hit = find();
    if (hit && !barred.some((name) => hit.value.startsWith(name))) return hit;
  }
  return null;
}

/**
 * The capitalised runs of `utterance` that name an organisation by their own form (`isOrganizationName`):
 * "I run Price Cloud Ltd, not Price Labs" → ["Price Cloud Ltd"], "Technical University of Munich". Empty
 * when none does.
 */
export function organizationRuns(utterance: string): string[] {
  const runs: string[] = [];
  const words = utterance.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const run = capitalisedRun(words.slice(i).join(' '));
    if (!run) continue;
    // "Harrowgate Joinery Ltd. Budget's …": the name ends with its suffix
    const parts = run.split(/\s+/);
    for (let n = parts.length; n > 0; n--) {
      const name = parts.slice(0, n).join(' ');
      if (!isOrganizationName(name)) continue;
      runs.push(name.replace(/\.$/, ''));
      break;
    }
    i += parts.length - 1;
  }
  return runs;
}

/** The first organisation named by its form (`organizationRuns`), at 0.88, or null. */
function organizationRun(utterance: string): TextMatch | null {
  const run = organizationRuns(utterance)[0];
  return run ? { value: run, confidence: 0.88, extractor: 'org-name', span: run } : null;
}

/** Names said for someone or something else: after a kind word ("a husky called Luna") or a relation ("my son, Leo"). */
function othersNames(utterance: string): string[] {
  return [kindNamed(utterance)?.name, relationNamed(utterance)?.name].filter((n): n is string => Boolean(n));
}

/**
 * Names `field` must not take from `utterance`: for the speaker's own name field or one of the speaker's
 * role ("Parent/guardian name", `isSpeakerRoleNameField`), the names said for others (`othersNames`); for another's or a thing's (`isThingNameField`: "Co-speaker's name", "Pet's name"), the
 * name the speaker introduces themselves with ("I'm Oliver Bennett"). Empty for any other field.
 */
function notTheirs(utterance: string, field: Field): string[] {
  if (isOwnNameField(field) || isSpeakerRoleNameField(field)) return othersNames(utterance);
  // "Hi, I'm Ethan Kowalski" to the learner's name: the learner may be the one booking
  const own =
    isThingNameField(field) && !isSelfOrOtherNameField(field)
      ? ownIntroducedName(utterance)?.value
      : undefined;
  return own ? [own] : [];
}

/** A subject pronoun opening a clause ("we're in …", "were with …", "I'm …"), apostrophe or not. */
const SUBJECT_FIRST =
  /^(?:i|i'm|im|i've|ive|we|we're|were|we've|they|they're|you|you're|he|she|he's|she's|my|our)\b/i;
/** A personal pronoun anywhere ("send it through", "tell them"). */
const PRONOUN = /\b(?:i|me|we|us|you|it|they|them)\b/i;

/**
 * Whether a short answer is talk rather than a proper name: it opens with a subject pronoun ("We're in
 * Mawson Lakes", "were with Fernbrook"), or, in lowercase, holds a personal pronoun ("perfect, send it
 * through"). A capitalised name may hold one ("Tell Me More Ltd").
 */
function isTalk(answer: string): boolean {
  const text = answer.replace(/’/g, "'");
  return SUBJECT_FIRST.test(text) || (!/^\p{Lu}/u.test(text) && PRONOUN.test(text));
}

/** Kinds whose values are proper names (of an organization, a person, a place), never a description. */
const NAMED_KINDS = new Set<TextKind>(['organization', 'person', 'location', 'origin', 'destination']);

/** The first value after a lead-in `re` in `utterance` (a capitalised run, or a short phrase where allowed). */
function leadValue(
  utterance: string,
  re: RegExp,
  conf: number,
  extractor: string,
  kind: TextKind,
  capitalisedOnly: boolean,
): TextMatch | null {
  for (const m of utterance.matchAll(new RegExp(re.source, 'gi'))) {
    // "my son's school is Oakwood": the value names the relation's thing, not a person
    if (kind === 'person' && endsWithRelationsThing(utterance.slice(0, m.index))) continue;
    const rest = utterance.slice(m.index! + m[0].length);
    // "we're a small charity": an indefinite description names no organization, person or place
    const described = NAMED_KINDS.has(kind) && /^(?:a|an|another)\s/i.test(rest);
    const lowercaseOk = (extractor !== `${kind}-lead` || kind === 'category') && !described;
    const hit = afterLead(rest, !capitalisedOnly && lowercaseOk);
    // "relocating from Chicago to London": a place is no person's name
    if (hit && kind === 'person' && isPlaceMention(utterance.slice(0, m.index! + m[0].length), hit.value))
      continue;
    if (hit && !GENERIC_VALUES.test(hit.value)) {
      return {
        value: hit.value,
        confidence: hit.capitalised ? conf : conf - 0.2,
        extractor,
        span: m[0] + hit.value,
      };
    }
  }
  return null;
}

/** compromise entities fitting the field kind (places, people, organizations), then any proper-noun run. */
function entityGuess(utterance: string, kind: TextKind): string[] {
  const doc = nlp(utterance);
  const clean = (a: string[]) =>
    a
      .map((s) =>
        s
          .replace(/[.,;:!?]+$/, '')
          .replace(/^(?:the|a|an)\s+/i, '')
          .trim(),
      )
      .filter(Boolean);
  // compromise tags common nouns as people ("a study buddy"): a proper noun is capitalised
  const typed =
    kind === 'location' || kind === 'origin' || kind === 'destination'
      ? doc.places().out('array')
      : kind === 'person'
        ? doc.people().out('array')
        : kind === 'organization'
          ? doc.organizations().out('array')
          : [];
  const runs: string[] = [];
  const words = utterance.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const run = capitalisedRun(words.slice(i).join(' '));
    if (run && !(i === 0 && NOT_NAMES.has(words[0]!.replace(/[^\w']/g, '')))) {
      runs.push(run);
      i += run.split(/\s+/).length - 1;
    }
  }
  const proper = clean(typed as string[]).filter((v) => /^[\p{Lu}\d]/u.test(v));
  return [...new Set([...proper, ...runs])].filter((v) => !NOT_NAMES.has(v));
}

/**
 * The value of a short text `field` in `utterance`, assuming the utterance answers it. Order: name/org lead-ins
 * (≥ 0.88), a short whole answer ("Philadelphia.", "Italian", 0.8), kind lead-ins ("in San Mateo", 0.75),
 * then a proper noun guessed from the sentence (≤ 0.55). A person's name must read as one (`looksLikeName`:
 * not "yes its fenced", "all clear") and is never guessed from a question. A place is completed with the
 * town said around it (`placeWithTown`: "Ogden Ave, Naperville, IL"). Null when nothing plausible is found.
 */
export function extractShortText(utterance: string, field: Field): TextMatch | null {
  const hit = shortTextOf(utterance, field);
  // "at the Wells Fargo on Glenwood Ave in Raleigh": a spot in town is kept with its town
  const inTown = hit && textKind(field) === 'location' ? placeWithTown(hit.value, utterance) : null;
  if (hit && inTown) return { ...hit, value: inTown, confidence: Math.max(hit.confidence, 0.75) };
  // a name is kept as said, title and all ("Dr. Fern Alvarez"); a first or last name alone takes no title
  return hit && isNamePart(field) ? { ...hit, value: withoutTitles(hit.value) } : hit;
}

/** Whether a field asks for a whole name by its texts: "Full name", "first and last name", "forename and surname". */
function wantsFullName(field: Field): boolean {
  return /\b(?:full names?|first and last names?|(?:first|fore|given) ?names? and (?:last ?names?|surnames?))\b/i.test(
    [field.label, field.description ?? '', ...(field.extraction_hints ?? [])].join('. '),
  );
}

function shortTextOf(utterance: string, field: Field): TextMatch | null {
  const stripped = stripFillers(utterance);
  if (!stripped) return null;
  const kind = textKind(field);
  const personName = isPersonNameField(field);
  const thingName = isThingNameField(field);
  // "dana fox, signing up my son, Leo": the speaker's own name is none of the names said for others, and
  // "I'm Oliver Bennett" names no co-speaker
  const others = notTheirs(stripped, field);
  // "Hartwell Barn near Stroud": a place said by its own form is no person's name
  // "EpiPen", "yes, lactose intolerant", the pickup person's "Linda Barrett": no camper's last name
  const fits = (value: string) =>
    (!personName || (looksLikeName(value) && !saidAsPlace(stripped, value))) &&
    !others.some((name) => value.startsWith(name)) &&
    fitsNamePart(value, field, utterance);
  // "ziggy", "lucky" to "What's your pet's name?": a thing's name said alone may be any word but talk
  // "idk", "not sure", "er", "later": a refusal or filler is no name, whatever its words look like
  const answerFits = (value: string) =>
    !(personName && (declines(value) || isTalkOnly(value))) &&
    (fits(value) || (thingName && looksLikeGivenName(value) && fitsNamePart(value, field, utterance)));
  // "S, im veggie" to a first-and-last-name question: one lowercase word after "I'm" says what they are
  const said = cueValue(stripped, field, false);
  const cue =
    said?.extractor === 'introduction' && wantsFullName(field) && /^\p{Ll}\S*$/u.test(said.value)
      ? null
      : said;
  if (cue && cue.confidence >= 0.75 && fits(cue.value)) return cue;
  // "lets call him ziggy": a name given by a naming verb may be any word, capitalised or not
  if (cue?.extractor === 'name-lead' && givesName(stripped)) return cue;
  const words = stripped.split(/\s+/);
  const shortAnswer = stripped.replace(
    /^(?:(?:(?:it'?s|it is|that'?s|that is)(?:\s+(?:a|an))?|just|only|maybe|probably|definitely|to|in|at|from|something|some|make it|check|search(?: in| for)?|look(?: in| for)?|try|go with|let's (?:do|try|go with)|how about|what about)\s+)+/i,
    '',
  );
  if (
    words.length <= 4 &&
    !/[?]/.test(utterance) &&
    shortAnswer &&
    !(NAMED_KINDS.has(kind) && isTalk(shortAnswer)) &&
    !GENERIC_VALUES.test(shortAnswer) &&
    answerFits(shortAnswer)
  ) {
    const cap = /^[A-Z0-9]/.test(shortAnswer);
    return {
      value: shortAnswer,
      confidence: cap || kind === 'category' || kind === 'generic' ? 0.82 : 0.7,
      extractor: 'short-answer',
      span: stripped,
    };
  }
  if (cue && fits(cue.value)) return cue;
  // "a staffy called Rex, he's friendly" for the pet details: the description as said, not a name in it
  if (kind === 'generic' && describesThings(field) && !/[?]/.test(utterance))
    return { value: stripped, confidence: 0.75, extractor: 'long-text', span: stripped };
  if (personName && /[?]/.test(utterance)) return null;
  // "my son's school is Oakwood": a proper noun said for a relation's thing is no person's name; "can I
  // book Bramble in": nor is the object of a request, unless the field names what is booked (`pet_name`)
  const guesses = entityGuess(stripped, kind).filter(
    (g) =>
      fits(g) &&
      !(kind === 'person' && endsWithRelationsThing(stripped.slice(0, stripped.indexOf(g)))) &&
      !(kind === 'person' && isPlaceMention(stripped.slice(0, stripped.indexOf(g)), g)) &&
      !(personName && !thingName && isVerbObject(stripped, g)) &&
      // "Church service starts at noon", "Note: …": a lone word guessed is no first and last name
      !(wantsFullName(field) && !/\s/.test(g)),
  );
  if (guesses.length) {
    return {
      value: guesses[0]!,
      confidence: guesses.length === 1 ? 0.55 : 0.4,
      extractor: 'proper-noun',
      span: guesses[0]!,
    };
  }
  return null;
}
