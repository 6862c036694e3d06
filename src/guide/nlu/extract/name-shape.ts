import nlp from 'compromise';
import { isGreeting } from '../greetings.js';
import { declines, isAcknowledgement } from '../acts.js';
import { NOT_NAMES } from './name-lists.js';
import { STOPWORDS } from './normalize.js';
import { wordTags } from './word-tags.js';

/**
 * Whether words read as a person's name: "Ada Lovelace", "lucía fernández", "Ahmed Al-Sayed", "María de la
 * Cruz", "Herman the Helper", not a clause of common words ("yes its fenced", "all clear", "two cats"), an
 * acknowledgement or a question. Capitalisation is a hint, not a requirement: a capitalised word is a name word unless it is a
 * function word, a greeting or a demonym; a lowercase word must be unknown to the English lexicon or known
 * as a name.
 */

/** Particles inside names ("van", "de la", "bin", "al"): allowed lowercase between name words. */
const PARTICLES = new Set(
  'al bin bint da das de del della der di do dos du el la le los of ter ten the van von y zu'.split(' '),
);

/** A name word: letters with inner apostrophes, hyphens or dots ("O'Sullivan", "Al-Sayed", "J."). */
const WORD = /^\p{L}[\p{L}\p{M}'’.-]*$/u;

/** Tags of words that are never names, capitalised or not ("The", "Yes", "Canadian"). */
const NEVER =
  /^(?:Determiner|Preposition|Conjunction|Pronoun|Possessive|Modal|Copula|Auxiliary|QuestionWord|Expression|Negative|Value|Cardinal|TextValue|Demonym|Month|WeekDay)$/;
/** Tags of common lowercase words ("fenced", "clear", "here", "cats", "designer"). */
const COMMON =
  /^(?:Verb|Adjective|Adverb|Plural|Actor|Uncountable|Date|Place|Infinitive|Gerund|PastTense|PresentTense)$/;
const NAME_TAG = /^(?:Person|FirstName|LastName|MaleName|FemaleName|Honorific)$/;

const lexicon = (): Record<string, unknown> =>
  (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;

/** compromise's tags of a lone word with its lexicon entry's tags added (the tagger's may drop them). */
function tagsOf(word: string): readonly string[] {
  const known = lexicon()[word.toLowerCase()];
  return known === undefined ? wordTags(word) : [...wordTags(word), ...[known].flat().map(String)];
}

/** Whether one word can be part of a name (see the module comment). */
export function isNameWord(word: string): boolean {
  if (!WORD.test(word) || isGreeting(word) || NOT_NAMES.has(word)) return false;
  const tags = tagsOf(word);
  if (tags.some((t) => NAME_TAG.test(t))) return !tags.some((t) => NEVER.test(t));
  if (tags.some((t) => NEVER.test(t))) return false;
  if (/^\p{Lu}/u.test(word)) return true;
  return lexicon()[word.toLowerCase()] === undefined && !tags.some((t) => COMMON.test(t));
}

/**
 * Whether one word reads as a name even out of a name's usual place: a name word (`isNameWord`) that is
 * tagged a name, or whose lowercase form is no common word ("Mia", "Priya", "Leo"; not "Also", "Happy").
 */
export function isClearNameWord(word: string): boolean {
  if (!isNameWord(word)) return false;
  const tags = tagsOf(word.toLowerCase());
  return tags.some((t) => NAME_TAG.test(t)) || !tags.some((t) => COMMON.test(t) || NEVER.test(t));
}

/**
 * Whether `value` reads as a person's name: 1–5 name words, lowercase particles only between them, no digits
 * and no closing possessive ("TypeScript's").
 */
export function looksLikeName(value: string): boolean {
  // "kia ora", "good morning": a greeting of two words is no name
  if (/[?\d@/]/.test(value) || isGreeting(value)) return false;
  const words = value.trim().split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 5) return false;
  // a possessive is about something of theirs ("TypeScript's type system", "Harold's wife"), not the name said
  if (/['’]s$/i.test(words[words.length - 1]!.replace(/[,.;:!]+$/, ''))) return false;
  return words.every((w, i) =>
    PARTICLES.has(w)
      ? i > 0 && i < words.length - 1
      : isNameWord(w.replace(/[,.;:!]+$/, '')) || (i === 0 && words.length > 1 && isMonthForename(w)),
  );
}

/** Lexicon tags of a first name ("Linda", "Jake"); "Moreno", "Harper" are last names. */
const FORENAME_TAG = /^(?:FirstName|MaleName|FemaleName)$/;

/** Whether compromise's lexicon knows `word` as a first name, and not as a last name too ("Linda", not "Moreno"). */
export function isKnownForename(word: string): boolean {
  const tags = [lexicon()[word.toLowerCase()] ?? []].flat().map(String);
  return tags.some((t) => FORENAME_TAG.test(t)) && !tags.includes('LastName');
}

/** Tags of words that are talk even said alone ("maybe", "thinking", "confused"), never a name given. */
const TALK = /^(?:Adverb|Gerund|PastTense|Participle)$/;
/** Words said alone about an answer, not as one: deferring, comparing, apologising ("later", "same", "sorry"). */
const TALK_WORDS = new Set(
  'later soon same other different whatever unknown tbd tba pass wait sorry pardon cheers busy anything something nothing none'.split(
    ' ',
  ),
);

/**
 * Whether one word, said alone in answer to a thing's name question, can be that name: a name word
 * (`isNameWord`), or any common word that is no function word, exclamation, number, date word, adverb or
 * verb form of talk ("ziggy", "lucky", "whiskers", "scout"; not "hmm", "yes", "maybe", "thinking").
 */
export function isGivenNameWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (STOPWORDS.has(lower) || TALK_WORDS.has(lower)) return false;
  if (isNameWord(word)) return true;
  const cap = word.charAt(0).toUpperCase() + word.slice(1);
  if (!WORD.test(word) || isGreeting(word) || NOT_NAMES.has(word) || NOT_NAMES.has(cap)) return false;
  return !tagsOf(word).some((t) => NEVER.test(t) || TALK.test(t));
}

/** Whether every word of `answer` is a filler or talk about an answer ("er", "um well", "later", "same"). */
export function isTalkOnly(answer: string): boolean {
  const words = answer
    .toLowerCase()
    .replace(/[.!,]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  return words.length > 0 && words.every((w) => STOPWORDS.has(w) || TALK_WORDS.has(w));
}

/**
 * Whether a whole short answer (1–3 words) to a thing's name question reads as the name given, in the
 * person's own case ("ziggy", "lucky", "mr whiskers"): every word `isGivenNameWord`, and the answer no
 * acknowledgement ("sure", "sounds good"), refusal ("not sure", "skip"), greeting or question.
 */
export function looksLikeGivenName(answer: string): boolean {
  const value = answer.trim().replace(/[.!]+$/, '');
  if (!value || /[?\d@/,;:]/.test(value) || isAcknowledgement(value) || declines(value) || isGreeting(value))
    return false;
  const words = value.split(/\s+/);
  return words.length <= 3 && words.every(isGivenNameWord);
}

/**
 * Whether a capitalised month opens a name of several words ("June Bug", "April Ludgate", "May Tanaka"):
 * alone or lowercase it is the month.
 */
function isMonthForename(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && tagsOf(word).includes('Month');
}

/** Giving something its name: "call it Biscuit Two", "actually call her Juno", "rename it to Echo". */
const NAMING =
  /\b(?:call (?:it|him|her|them)|name (?:it|him|her|them)|rename(?: (?:it|him|her|them))?(?: to)?)\b/i;

/** Whether `utterance` gives something its name ({@link NAMING}): the name then may hold any words ("Biscuit Two"). */
export function givesName(utterance: string): boolean {
  return NAMING.test(utterance);
}
