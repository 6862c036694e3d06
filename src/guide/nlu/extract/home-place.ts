import nlp from 'compromise';
import type { Field } from '../../../core/wizard/definition.js';
import { LruMap } from '../../../core/lru-map.js';
import { NOT_NAMES } from './name-lists.js';
import { isNameWord } from './name-shape.js';
import { STOPWORDS } from './normalize.js';
import { textKind } from './text-kind.js';
import type { TextMatch } from './names.js';

/**
 * Where a person lives, said with the words people use for it: "I live in Parramatta", "im in footscray",
 * "from Glenelg", "we're based in Fitzroy". Pure.
 *
 * A suburb, town or city field asks for one place, and people name it after "in" or "from" in any case and
 * anywhere in a longer line ("0401 777 231 and im in footscray").
 */

/**
 * A place field a person lives in: a location field (`textKind`) whose name, label, description or hints
 * speak of a suburb, town, city, area, neighbourhood, village or where one lives.
 */
const HOME_WORDS =
  /\b(?:suburb|town|city|area|neighbou?rhood|village|hometown|locality|district|borough|where (?:you|do you|they) live|you live in)\b/;

/** Whether `field` asks where the person lives (see {@link HOME_WORDS}). */
export function isHomePlaceField(field: Field): boolean {
  if (textKind(field) !== 'location') return false;
  const words = [
    field.name.replace(/_/g, ' '),
    field.label,
    field.description ?? '',
    ...(field.extraction_hints ?? []),
  ]
    .join(' ')
    .toLowerCase();
  return HOME_WORDS.test(words);
}

/** "I live in", "we're based in", "im in", "I'm from": the speaker's own place follows, in any case. */
const OWN_PLACE =
  /\b(?:(?:i|we)\s+(?:live|reside|stay|am living|are living|'m living|’m living)|(?:i'm|i’m|im|i am|we're|we’re|we are)(?:\s+(?:based|living|located|staying))?|(?:based|living|located))\s+(?:in|at|near|out of|from)\s+|\b(?:i|we)\s+(?:come|am|are)\s+from\s+|\bfrom\s+/gi;
/** A bare "from" (no speaker before it): the place must be capitalised ("from Glenelg", not "from the 19th"). */
const BARE_FROM = /^from\s+$/i;

/** Words that open a place's name in lowercase ("north sydney", "st kilda", "mount druitt"). */
const PLACE_PREFIX = new Set(
  'north south east west upper lower mount mt st port new old glen lake'.split(' '),
);
/** Most words of a place said in lowercase ("north st marys"). */
const MAX_WORDS = 3;

/** Whether compromise knows a lowercase word as a place ("melbourne"), by that word alone; cached. */
const PLACES = new LruMap<string, boolean>(1024);
function isKnownPlace(word: string): boolean {
  let known = PLACES.get(word);
  if (known === undefined) {
    try {
      known = nlp(word).has('#Place');
    } catch {
      known = false;
    }
    PLACES.set(word, known);
  }
  return known;
}

/** Whether a lowercase word may be (part of) a place's name: unknown to the lexicon as a common word, or a known place. */
function isPlaceWord(word: string): boolean {
  return !STOPWORDS.has(word) && (isNameWord(word) || isKnownPlace(word));
}

/** Words that end a place said in lowercase ("footscray now", "glenelg and I work in the city"). */
const PLACE_END = new Set('and but so now too though btw mate at these atm lol haha'.split(' '));

/** A capitalised word of a place's name: not a pronoun, a day or a month ("I", "Monday"). */
function isCapitalisedPlaceWord(word: string): boolean {
  return /^\p{Lu}[\p{L}'’.-]*$/u.test(word) && !NOT_NAMES.has(word);
}

/**
 * The place at the start of `rest`, up to the end of its clause: capitalised words ("Glenelg", "St Kilda"),
 * or (`lowercaseOk`) 1–3 lowercase words that may name a place ("footscray", "north sydney"). Null when none.
 */
function placeAt(rest: string, lowercaseOk: boolean): { value: string; capitalised: boolean } | null {
  const words = (rest.split(/[,;!?]|\.(?:\s|$)/)[0] ?? '').trim().split(/\s+/).filter(Boolean);
  const cap: string[] = [];
  for (const w of words)
    if (isCapitalisedPlaceWord(w)) cap.push(w);
    else break;
  if (cap.length > 0) return { value: cap.join(' '), capitalised: true };
  if (!lowercaseOk) return null;
  const end = words.findIndex((w) => PLACE_END.has(w.toLowerCase()));
  const place = end < 0 ? words : words.slice(0, end);
  if (place.length === 0 || place.length > MAX_WORDS) return null;
  const ok = place.every(
    (w, i) => /^[a-z][a-z'’-]*$/.test(w) && ((i < place.length - 1 && PLACE_PREFIX.has(w)) || isPlaceWord(w)),
  );
  return ok ? { value: place.join(' '), capitalised: false } : null;
}

/**
 * The place the speaker says they live in: after "I live in", "im in", "we're based in", "I'm from" (any
 * case, even unasked: the words are the field's own cue; 0.85 capitalised, 0.75 not), or after a bare "from"
 * (capitalised only, 0.75; unasked, it may say where anything comes from). Null when none is said.
 */
export function homePlace(utterance: string): TextMatch | null {
  for (const m of utterance.matchAll(OWN_PLACE)) {
    const bare = BARE_FROM.test(m[0]);
    const hit = placeAt(utterance.slice(m.index + m[0].length), !bare);
    if (!hit) continue;
    const confidence = bare ? 0.75 : hit.capitalised ? 0.85 : 0.75;
    return { value: hit.value, confidence, extractor: 'home-place', span: `${m[0]}${hit.value}` };
  }
  return null;
}
