import { GREETING_SOURCE } from '../greetings.js';
import { looksLikeName } from './name-shape.js';
import { clauseStop, isTitle } from './titles.js';

/**
 * A person introducing themselves, in the common shapes: a lead-in ("my name is", "I'm", "im", "this is",
 * "call me", and a few other languages' "me llamo", "je m'appelle", "ich bin") before the name, or the name
 * before "here" / "speaking" ("Mei Lin Zhao here", "Good morning, Ahmed Al-Sayed here"). The name is the
 * longest run of words after the lead-in (or the whole clause before "here") that reads as a name
 * (`looksLikeName`); capitalisation is not required ("hi im lucía fernández").
 */

export interface Introduction {
  /** the name as said: "Lucía Fernández" */
  value: string;
  /** the words that carried it: "im Lucía Fernández", "Mei Lin Zhao here" */
  span: string;
}

/** Lead-ins only a speaker says of themselves: "my name is", "I'm", "call me", "je m'appelle". */
const OWN_LEADS = String.raw`my name is|my name's|my name is just|i'm|i’m|im|i am|call me|you can call me|me llamo|mi nombre es|je m'appelle|je m’appelle|je suis|ich bin|ich heiße|ich heisse|mi chiamo|meu nome é|eu sou|chamo-me`;

/** "name's Gareth", "the name is Bond": a name said with no owner ("her name is Jo" is someone else's). */
const BARE_NAME_LEADS = String.raw`name's|the name is|name is`;

const LEAD = new RegExp(
  String.raw`(?:^|[^\p{L}'’])(?:${OWN_LEADS}|${BARE_NAME_LEADS}|this is|it's|it’s)\s+`,
  'giu',
);

/** `LEAD` without the lead-ins that may present someone else ("it's Rohan Mehta", "this is Dana"). */
const OWN_LEAD = new RegExp(
  String.raw`(?:^|[^\p{L}'’])(?:${OWN_LEADS}|(?<!\b(?:his|her|their|its|whose)\s+)(?:${BARE_NAME_LEADS}))\s+`,
  'giu',
);

/** A clause's start: the utterance start or a sentence or clause break, then an optional greeting. */
const CLAUSE_START = new RegExp(String.raw`(?:^|[,.;:!?—–]\s*)(?:(?:${GREETING_SOURCE})\b[\s,!.]*)?$`, 'i');

const TRAIL = /\s+(?:here|speaking)\b/giu;

/** The longest run of 1–5 words at the start of `text` (cut at punctuation) that reads as a name. */
function leadingName(text: string): string | null {
  const stop = clauseStop(text);
  const clause = (stop < 0 ? text : text.slice(0, stop)).split(/[,;:!?()\n—–]|\s[/|-]\s/)[0] ?? '';
  const words = clause.trim().split(/\s+/).filter(Boolean).slice(0, 5);
  for (let n = words.length; n > 0; n--) {
    const value = words.slice(0, n).join(' ').replace(/[.]+$/, '');
    if (looksLikeName(value)) return value;
  }
  return null;
}

/**
 * Where the last clause break in `text` is (a comma, a stop, a dash…), -1 when none; the dot of a title
 * before a name is none ("hi, Prof. Kenji Sato" breaks after "hi").
 */
function lastBreak(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) {
    if (!',.;:!?—–'.includes(text[i]!)) continue;
    if (text[i] === '.' && isTitle(/(\S+)$/.exec(text.slice(0, i + 1))?.[1] ?? '')) continue;
    return i;
  }
  return -1;
}

/**
 * The name a person introduces themselves with in `utterance`, or null: "my name is jane doe" → jane doe,
 * "Mei Lin Zhao here" → Mei Lin Zhao; a name after "it's" or "this is" counts ("this is Sophie").
 */
export function introducedName(utterance: string): Introduction | null {
  return introduction(utterance, LEAD);
}

/**
 * The name the speaker gives as their own in `utterance` (see `introducedName`), only by words no one says
 * of another person: "Name's Gareth Price" → Gareth Price, "I'm Oliver Bennett" → Oliver Bennett; none for
 * "it's Rohan Mehta", "this is Dana" (an answer naming someone else) or "her name is Jo". Null when none.
 */
export function ownIntroducedName(utterance: string): Introduction | null {
  return introduction(utterance, OWN_LEAD);
}

/** The first name said after one of `lead`'s lead-ins, or before "here" / "speaking". */
function introduction(utterance: string, lead: RegExp): Introduction | null {
  for (const m of utterance.matchAll(lead)) {
    const start = m.index! + m[0].length;
    const value = leadingName(utterance.slice(start));
    if (value) return { value, span: utterance.slice(m.index!, start).trimStart() + value };
  }
  for (const m of utterance.matchAll(TRAIL)) {
    const before = utterance.slice(0, m.index!);
    const cut = lastBreak(before);
    const head = before.slice(0, cut + 1);
    const clause = before
      .slice(cut + 1)
      .trim()
      .replace(new RegExp(String.raw`^(?:${GREETING_SOURCE})\b[\s,!.]*`, 'i'), '');
    if (!CLAUSE_START.test(head) || !looksLikeName(clause)) continue;
    return { value: clause, span: clause + m[0] };
  }
  return null;
}
