import { isQuestion, opensAsQuestion, declines } from '../acts.js';
import { NOT_NAMES } from '../extract/name-lists.js';
import { tokens } from '../extract/normalize.js';
import { REMOVAL_VERB } from '../extract/removal-verbs.js';
import { splitSentences } from '../sentence-split.js';
import { isFillerOnly } from './free-text.js';
import type { Candidate } from './plan.js';

/**
 * Whether the words a short free-text field took are a value at all. Pure.
 *
 * Any words fit a text field, so a reader may hand it what is left of a sentence: "I've" of "I've never
 * applied for a job", "asap" of "asap, 10th dec if poss", "np" of "ok np", "drop weekends" of "actually drop
 * weekends, make it weekday mornings", "dont have one" said to a suburb, "Wattle & Co" of "is this for the
 * Wattle & Co job ad?", "King" of "on King St". None of them names anything the field asks for.
 */

/**
 * Personal and demonstrative pronouns and the verbs contracted onto them (closed classes of English): "I've",
 * "you're", "it's", "me", "that".
 */
const PRONOUNS = new Set(
  (
    'i me my mine myself you your yours we us our ours they them their he him his she her it its this that ' +
    "these those there here 've 're 'm 's 'd 'll ive im youre were theyre hes shes its thats theres"
  ).split(' '),
);

/**
 * Chat abbreviations and informal shorthand that answer no question: "asap", "np", "tbh", "lol", "idk", "if
 * poss". A small closed list of the common ones.
 */
const CHAT = new Set(
  (
    'asap np lol lmao rofl tbh btw idk idc imo imho omg fyi brb nvm jk ty thx tx pls plz ok okay k kk yw ngl ' +
    'iirc afaik tbd tbc tba rn atm ofc tho poss possible if soon haha hehe hmm hm um umm uh ah oh mate cheers'
  ).split(' '),
);

/** A lone word of refusal or absence ("none", "n/a", "nil", "nobody"). */
const NONE = /^(?:none|nil|n\/?a|na|nothing|nobody|no one|not applicable)$/i;

/**
 * A number and its unit, roughly said: "like 12 hrs", "about 20 hours a week", "3 days", "40ish ppl" — an
 * amount for another question, no name.
 */
const QUANTITY =
  /^(?:(?:like|about|around|maybe|roughly|approx(?:imately)?|only|just|up to|at least)\s+)*\d[\d.,]*(?:ish)?\s*(?:hrs?|hours?|h|mins?|minutes?|days?|nights?|weeks?|wks?|months?|years?|yrs?|ppl|people|guests|persons?|k|%)\b/i;

/** Verbs that start a command about the form ("drop weekends", "make it mornings", "change the role"). */
const COMMAND = new RegExp(
  String.raw`^(?:${REMOVAL_VERB}|make|change|switch|swap|replace|add|put|set|update|go back)\b`,
  'i',
);

/** The words of `text` with contractions split off ("I've" → "i", "'ve"). */
function wordsOf(text: string): string[] {
  return tokens(text).flatMap((t) => {
    const at = t.indexOf("'");
    return at > 0 ? [t.slice(0, at), t.slice(at)] : [t];
  });
}

/** Whether a value is capitalised word by word, as a proper name is ("Skip Hire", "None Such Ltd"). */
function isCapitalisedName(value: string): boolean {
  return value.split(/\s+/).every((w) => /^[\p{Lu}\d&]/u.test(w) || /^(?:of|and|the|de|van|von)$/.test(w));
}

/**
 * Whether `value` is no value for a short text field: only pronouns and their contracted verbs ("I've",
 * "it's"), only chat shorthand and pleasantries ("asap", "ok np"), a refusal ("dont have one", "none",
 * "rather not"), a command about the form ("drop weekends", "change the role"), or an amount ("like 12
 * hrs"). A name capitalised word by
 * word ("Skip Hire") is a value even when its words could refuse or command.
 */
export function isNoTextValue(value: string): boolean {
  const words = wordsOf(value);
  if (words.length === 0) return false;
  if (words.every((w) => PRONOUNS.has(w))) return true;
  if (words.every((w) => CHAT.has(w) || isFillerOnly(w))) return true;
  const said = value.trim().replace(/[\u2019]/g, "'");
  // "ok then none": a refusal after pleasantries
  const spoken = said.split(/\s+/);
  const first = spoken.findIndex((w) => {
    const bare = w.toLowerCase().replace(/[^a-z']/g, '');
    return !CHAT.has(bare) && !isFillerOnly(bare);
  });
  const rest = first < 0 ? '' : spoken.slice(first).join(' ');
  const readings = rest && rest !== said ? [said, rest] : [said];
  if (readings.some((t) => NONE.test(t))) return true;
  if (isCapitalisedName(said)) return false;
  return readings.some((t) => declines(t) || COMMAND.test(t) || QUANTITY.test(t));
}

/** Where `span` starts in `utterance` (case-insensitive); -1 when it is not there. */
function indexOf(utterance: string, span: string): number {
  return utterance.toLowerCase().indexOf(span.toLowerCase());
}

/**
 * Whether the words at `span` are said inside a question: the clause that holds them (between commas, inside
 * its sentence) opens as one and asks ("is this for the Wattle & Co job ad?", "do you have a café in
 * Newtown?"). A hedged answer ending in "?" ("Newtown?", "how about Glebe?") asks nothing.
 */
export function saidInQuestion(utterance: string, span: string): boolean {
  const at = indexOf(utterance, span);
  if (at < 0) return false;
  let from = 0;
  for (const sentence of splitSentences(utterance)) {
    const start = utterance.indexOf(sentence, from);
    if (start < 0) continue;
    from = start + sentence.length;
    if (at < start || at >= from) continue;
    const before = sentence.slice(0, at - start);
    const clause = sentence.slice(before.lastIndexOf(',') + 1);
    return opensAsQuestion(clause) && isQuestion(clause);
  }
  return false;
}

/** Whether `word` is capitalised as part of a name: not a pronoun ("I'm"), nor a word no name holds ("Hi"). */
function namePart(word: string | undefined): boolean {
  if (!word || !/^(?:\p{Lu}|&$)/u.test(word)) return false;
  const bare = word.replace(/[^\p{L}'’&.-]+$/u, '');
  return !NOT_NAMES.has(bare) && !wordsOf(bare).some((w) => PRONOUNS.has(w));
}

/**
 * Whether a proper noun guessed from a sentence is only part of a longer run of capitalised words: "King" or
 * "St" of "on King St" are pieces of one name, neither of them a name of its own. A capital that opens a
 * sentence, a pronoun ("I'm Aisha Rahman") and punctuation between the words do not join them.
 */
export function isPartOfLongerName(utterance: string, value: string): boolean {
  const at = indexOf(utterance, value);
  if (at < 0) return false;
  const words = utterance.slice(0, at).trim().split(/\s+/).filter(Boolean);
  const previous = words[words.length - 1];
  // a word that opens a sentence is capitalised by grammar, not as part of a name
  const opens = words.length < 2 || /[.!?]$/.test(words[words.length - 2]!);
  const joinedBefore = !opens && !/[,;:.!?]$/.test(previous ?? '') && namePart(previous);
  const rest = utterance.slice(at + value.length);
  const joinedAfter = /^\s/.test(rest) && namePart(/^\s+(\S+)/.exec(rest)?.[1]);
  return joinedBefore || joinedAfter;
}

/** The extractor of a proper noun guessed from a sentence, without any cue (`names.ts`). */
const GUESS = 'proper-noun';

/**
 * Whether candidate `c` of a short text field, read from `utterance`, is a real value: not junk
 * (`isNoTextValue`), not said inside a question (`saidInQuestion`), and, when only guessed from a sentence,
 * not a piece of a longer name (`isPartOfLongerName`).
 */
export function isRealTextValue(c: Candidate, utterance: string): boolean {
  if (typeof c.value !== 'string') return true;
  if (isNoTextValue(c.value)) return false;
  if (saidInQuestion(utterance, c.span ?? c.value) || saidInQuestion(utterance, c.value)) return false;
  return !(c.extractor === GUESS && isPartOfLongerName(utterance, c.value));
}
