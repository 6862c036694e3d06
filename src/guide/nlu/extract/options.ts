import { spelledUnits } from './spelled-units.js';
import damerauLevenshtein from 'damerau-levenshtein';
import Fuse from 'fuse.js';
import type { Field, Option } from '../../../core/wizard/definition.js';
import { STOPWORDS, contentStems, escapeRegExp, normalize, stem, tokens } from './normalize.js';
import { headsOption, headWords } from './option-head.js';
import { contentWords as stemmedWords, lightStem } from '../../../core/content-words.js';
import { findOrdinal } from './ordinals.js';
import { findNumberMentions } from './numbers.js';
import { extremeRangeOption, matchRangeOption, moneyOptions } from './money.js';
import { saysOtherUnit, unitRangeOption } from './unit-range.js';
import { countableMentions, withoutAges } from './countable.js';
import { detectYesNo } from './yes-no.js';
import { negatedWords, setAsideAt, withoutNegatedDegree } from './negated.js';
import { quantityOption } from './quantity-option.js';
import { isKnownWord } from './known-word.js';
import { choosesEveryOption } from './every-option.js';
import { everyOptionBut } from './all-but.js';
import { saidForLater } from './later-option.js';
import { faultedAfter, inReasonClause } from './reason-clause.js';
import { rateOption } from './rate-option.js';
import { abbreviatedOption } from './abbreviated-option.js';
import { numberedOption } from './numbered-option.js';
import { namesWeekdays, weekdayOptionValues } from './weekday-options.js';
import { relationOption } from './relation-option.js';
import { placedOptions } from './placed-options.js';
import { ORDINAL_WORDS, cardinalWords } from './number-lexicon.js';

/**
 * Matching an utterance to the options of a single_select or multi_select field: verbatim mention of a label,
 * value or synonym; yes/no for True/False options; numbers for numeric options; amounts for range options;
 * ordinals ("the second one"); and fuzzy word matching with fuse.js (Bitap) for the rest.
 */

export interface OptionMatch {
  option: Option;
  confidence: number;
  extractor: string;
  span: string;
}

/** `hit` (an option found by one reader, with its confidence and span) as an `OptionMatch` from `extractor`. */
function asMatch(hit: Omit<OptionMatch, 'extractor'>, extractor: string): OptionMatch {
  return { option: hit.option, confidence: hit.confidence, extractor, span: hit.span };
}

/** A phrase an option may be said by; `aside` for an example its label gives in brackets, not its name. */
interface OptionPhrase {
  phrase: string;
  aside: boolean;
}

/**
 * The phrases of `optionPhrases`, each marked whether it is only an aside of the label (an example in its
 * brackets that is not also a word of its name).
 */
function markedPhrases(option: Option): OptionPhrase[] {
  const value = option.value.replace(/[-_]+/g, ' ');
  const bare = option.label.replace(/\s*\([^)]*\)\s*/g, ' ');
  // "Bath & brush" is said "bath and brush"
  const anded = [option.label, bare]
    .filter((p) => p.includes('&'))
    .map((p) => p.replace(/\s*&\s*/g, ' and '));
  // examples are plural ("rabbits"); one is said too ("a rabbit")
  const examples = [...option.label.matchAll(/\(([^)]*,[^)]*)\)/g)]
    .flatMap((m) => m[1]!.split(/\s*(?:,|\bor\b|\band\b|\betc\b\.?)\s*/))
    .flatMap((e) => [e, e.replace(/([a-z]{3,}[^s])s$/i, '$1')]);
  const named = [option.label, bare, ...anded, value, ...(option.synonyms ?? [])]
    .map(normalize)
    .filter(Boolean);
  const asides = examples.map(normalize).filter((e) => e && !named.includes(e) && !headsOption(e, option));
  const seen = new Set<string>();
  return [
    ...named.map((phrase) => ({ phrase, aside: false })),
    ...asides.map((phrase) => ({ phrase, aside: true })),
  ].filter((p) => (seen.has(p.phrase) ? false : (seen.add(p.phrase), true)));
}

/**
 * The phrases an option may be said by: label, value (with -/_ as spaces) and synonyms; for a label with a
 * note in brackets, the label without it ("Frontend Developer (React)" → "frontend developer"), and the
 * examples a bracketed list gives, plural and singular ("Small animals (rabbits, guinea pigs)" → "rabbits",
 * "rabbit", "guinea pigs", "guinea pig"); a label with "&" also with "and" ("Bath & brush" → "bath and brush").
 */
export function optionPhrases(option: Option): string[] {
  return markedPhrases(option).map((p) => p.phrase);
}

const TRUE_WORDS = new Set(['true', 'yes', 'y']);
const FALSE_WORDS = new Set(['false', 'no', 'n']);

/** For an options list that is exactly a yes/no pair (True/False, Yes/No), the two options; otherwise null. */
export function booleanOptions(options: Option[] | undefined): { yes: Option; no: Option } | null {
  if (!options || options.length !== 2) return null;
  const yes = options.find((o) => TRUE_WORDS.has(normalize(o.value)) || TRUE_WORDS.has(normalize(o.label)));
  const no = options.find((o) => FALSE_WORDS.has(normalize(o.value)) || FALSE_WORDS.has(normalize(o.label)));
  return yes && no && yes !== no ? { yes, no } : null;
}

export interface VerbatimHit {
  option: Option;
  start: number;
  end: number;
  phrase: string;
  /** Said by an example in the label's brackets only, not by the option's name (see `markedPhrases`). */
  aside?: boolean;
}

/**
 * Options whose label, value or synonym occurs in `utterance` as whole words. A hit inside a longer hit
 * ("economy" inside "premium economy") is dropped. `skip` filters out phrases (e.g. bare numbers).
 */
export function findVerbatimOptions(
  utterance: string,
  options: Option[],
  skip?: (phrase: string) => boolean,
): VerbatimHit[] {
  const text = normalize(utterance);
  const hits: VerbatimHit[] = [];
  for (const option of options) {
    for (const { phrase, aside } of markedPhrases(option)) {
      if (skip?.(phrase)) continue;
      // "m" is no word of "I'm", nor "s" of "it's": the tail of a contraction is part of its word
      const re = new RegExp(
        `(?<![a-z0-9])(?<![a-z0-9]')${inflected(escapeRegExp(phrase).replace(/ /g, '[\\s-]+'))}(?=$|[^a-z0-9])`,
        'g',
      );
      for (const m of text.matchAll(re)) {
        // "mornings" for "morning": the phrase as said, its last word inflected
        const said = phrase.replace(/[a-z]+$/, /[a-z]+$/.exec(m[0])?.[0] ?? '');
        hits.push({ option, start: m.index, end: m.index + m[0].length, phrase: said || phrase, aside });
      }
    }
  }
  hits.push(...typoHits(text, options, skip, hits));
  const kept = headsOverAsides(hits, options).filter(
    (h) =>
      !hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start),
  );
  const seen = new Set<string>();
  return kept
    .sort((a, b) => a.start - b.start)
    .filter((h) => (seen.has(h.option.value) ? false : (seen.add(h.option.value), true)));
}

/**
 * The pattern of an option phrase with its last word in the other number: "mornings" for "morning", "wall"
 * for "walls". Only a last word of four letters or more ("news" is no "new"), and never a double "s"
 * ("glass").
 */
function inflected(pattern: string): string {
  const last = /([a-z]+)$/.exec(pattern)?.[1] ?? '';
  if (last.length < 4) return pattern;
  if (/[^s]s$/.test(last)) return `${pattern.slice(0, -1)}s?`;
  if (/s$/.test(last)) return pattern;
  return `${pattern}(?:e?s)?`;
}

/**
 * The option hits of `utterance` that choose their option: not said under a negation nor as the value
 * replaced ("no dogs", "townhouse instead of apartment" at "apartment"; see `setAsideAt`), nor inside a
 * reason or a circumstance (`inReasonClause`) nor faulted as "too" something ("british sounds too stiff", see
 * `faultedAfter`) when another hit is chosen outside one.
 */
export function chosenHits<T extends { start: number; end?: number }>(utterance: string, hits: T[]): T[] {
  const text = normalize(utterance);
  const kept = hits.filter((h) => !setAsideAt(text, h.start));
  // "afternoons and evenings, I have uni in the mornings": a reason's option words add nothing to a choice
  const chosen = kept.filter(
    (h) => !inReasonClause(text, h.start) && !(h.end !== undefined && faultedAfter(text, h.end)),
  );
  const reasoned = chosen.length > 0 ? chosen : kept;
  // "a one-off for now, might go monthly in the new year": a possibility for later is no choice now
  const now = reasoned.filter((h) => !saidForLater(text, h.start));
  return now.length > 0 ? now : reasoned;
}

/** Whether two words differ by one swap of neighbouring letters ("hosue" for "house"). */
export function swappedPair(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * Whether a spoken word is an option word said with a typo: same first letter, 4+ letters, one
 * Damerau–Levenshtein step away (an insertion, deletion, substitution, or a swap of neighbouring letters,
 * the swap only in words of 5+ letters: "mian" is no "main"); a word of its own ("lovely" is no typo of
 * "lively") never is.
 */
const typoOf = (word: string, said: string) =>
  word.length >= 4 &&
  !isKnownWord(said) &&
  said[0] === word[0] &&
  damerauLevenshtein(word, said).steps === 1 &&
  (word.length >= 5 || !swappedPair(word, said));

/** Words that may not be slipped into an option phrase: they turn its meaning ("house with no yard"). */
const TURNING = new Set(['no', 'not', 'without', 'non', 'or', 'and', 'but']);

/**
 * The hits with a word said for the option it heads: a hit of an example in one option's brackets whose words
 * head other options ("bath" of "Full groom (bath, dry, cut and nails)" when "Bath & brush" is listed) is
 * dropped, and each of those options is hit there instead (two of them make a tie, which is asked). An example
 * whose words another option's label has too tells neither apart and is dropped: "ceremony" of "Essentials
 * (ceremony, family groups, couple portraits)" beside "Classic (ceremony to speeches)".
 */
function headsOverAsides(hits: VerbatimHit[], options: Option[]): VerbatimHit[] {
  const out = hits.filter((h) => !h.aside);
  for (const h of hits.filter((x) => x.aside)) {
    const heads = options.filter((o) => o !== h.option && headsOption(h.phrase, o));
    if (heads.length === 0 && !options.some((o) => o !== h.option && inLabel(h.phrase, o))) out.push(h);
    for (const option of heads)
      if (!out.some((o) => o.option === option && o.start < h.end && h.start < o.end))
        out.push({ ...h, option, aside: false });
  }
  return out;
}

/** Whether every content word of `phrase` is a word of `option`'s label, its asides included. */
function inLabel(phrase: string, option: Option): boolean {
  const label = new Set(stemmedWords(option.label));
  const words = stemmedWords(phrase);
  return words.length > 0 && words.every((w) => label.has(w));
}

/**
 * Option phrases said near verbatim: a multi-word phrase with a typo in one word ("the main hal" for "Main
 * hall"), or with one word slipped between its words ("house with a big yard" for "House with a yard"); a
 * one-word phrase of six letters or more with a typo before its last two letters ("writting" for "Writing",
 * never "priced" for "pricey"). Positions already hit
 * verbatim are left alone.
 */
function typoHits(
  text: string,
  options: Option[],
  skip: ((phrase: string) => boolean) | undefined,
  verbatim: VerbatimHit[],
): VerbatimHit[] {
  const words = [...text.matchAll(/[a-z0-9]+/g)].map((m) => ({ w: m[0], at: m.index! }));
  const out: VerbatimHit[] = [];
  const add = (option: Option, window: typeof words, aside: boolean) => {
    const start = window[0]!.at;
    const end = window[window.length - 1]!.at + window[window.length - 1]!.w.length;
    if (
      verbatim.some((h) => h.start < end && start < h.end) ||
      out.some((h) => h.start < end && start < h.end)
    )
      return;
    out.push({ option, start, end, phrase: text.slice(start, end), aside });
  };
  for (const option of options)
    for (const { phrase, aside } of markedPhrases(option)) {
      const parts = phrase.split(/[\s-]+/).filter(Boolean);
      if (skip?.(phrase)) continue;
      if (parts.length === 1) {
        // the same ending too: "priced" is another word than "pricey", not a typo of it
        const word = parts[0]!;
        if (word.length >= 6)
          for (const w of words)
            if (w.w !== word && w.w.slice(-2) === word.slice(-2) && typoOf(word, w.w))
              add(option, [w], aside);
        continue;
      }
      for (let i = 0; i + parts.length <= words.length; i++) {
        const window = words.slice(i, i + parts.length);
        const typos = parts.filter((p, k) => p !== window[k]!.w);
        if (typos.length === 1) {
          const k = parts.findIndex((p, j) => p !== window[j]!.w);
          if (typoOf(parts[k]!, window[k]!.w)) add(option, window, aside);
        }
        const longer = words.slice(i, i + parts.length + 1);
        if (parts.length < 3 || longer.length !== parts.length + 1) continue;
        for (let k = 1; k < parts.length; k++)
          if (!TURNING.has(longer[k]!.w) && parts.every((p, j) => p === longer[j < k ? j : j + 1]!.w))
            add(option, longer, aside);
      }
    }
  return out;
}

/** Number words, cardinal and ordinal: a closed class, said as they are or with a typo. */
const NUMBER_WORDS = new Set([...Object.keys(cardinalWords(1, 90)), ...Object.keys(ORDINAL_WORDS)]);

/**
 * Whether a said word is another word than an option's number word: "decent" and "length" are no "seventh",
 * "venkat" no "seven"; only the number word itself or a typo of it ("sevnth") is.
 */
const otherThanNumber = (said: string, word: string) =>
  NUMBER_WORDS.has(word) && said !== word && !typoOf(word, said);

/** Whether an option hit lies within a rate's words ("once" of "once a fortnight"). */
const insideRate = (h: VerbatimHit, rate: { start: number; end: number }) =>
  h.start >= rate.start && h.end <= rate.end;

/** An ordinal said as one ("first", "third", "2nd", "last", "middle"), not as "number 3". */
const ORDINAL_WORD =
  /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|bottom|middle|penultimate|\d{1,2}(?:st|nd|rd|th))\b/;

const isNumeric = (s: string) => /^-?\d+(?:\.\d+)?$/.test(s.trim());

/** For options whose values are all numbers ("1".."6"), the option equal to the first number said. */
export function matchNumericOption(utterance: string, options: Option[]): OptionMatch | null {
  if (!options.length || !options.every((o) => isNumeric(o.value))) return null;
  for (const n of findNumberMentions(utterance)) {
    if (n.ordinal) continue;
    const option = options.find((o) => Number(o.value) === n.value);
    if (option) return { option, confidence: 0.9, extractor: 'number-option', span: n.span };
  }
  if (/\b(?:just|only)\s+me\b|\bmyself\b|\bby myself\b|\bjust\s+(?:myself|i)\b/i.test(utterance)) {
    const option = options.find((o) => Number(o.value) === 1);
    if (option) return { option, confidence: 0.8, extractor: 'number-option', span: 'me' };
  }
  return null;
}

/**
 * Whether a spoken word is another word than the option word, not a near match of it: neither is a stem of
 * the other, and the spoken word is too short for a typo to be told from another word ("cat" is no "calm")
 * or both are English words of their own ("lovely" is no "lively").
 */
export function isOtherWord(said: string, word: string): boolean {
  if (said.startsWith(word) || word.startsWith(said)) return false;
  return said.length <= 3 || (isKnownWord(said) && isKnownWord(word));
}

/** The confidence of a fuzzy match that another option fits about as well (a margin under 0.15). */
const AMBIGUOUS = 0.45;

/** A verb's particle ("leave the carpets off", "turn it off"): no word of an option such as "One-off". */
const PARTICLES = new Set(['off']);

/** Content words of an utterance worth fuzzy-matching. */
function contentWords(utterance: string): string[] {
  return tokens(utterance).filter(
    (t) => t.length >= 3 && !STOPWORDS.has(t) && !PARTICLES.has(t) && !/^\d+$/.test(t),
  );
}

/**
 * Whether a list part only brushes an option: the words the fuzzy match used are under a third of the part's
 * content words ("I run a small design studio from home" → "home" of "Home phone line": 1 of 5).
 */
function remarkPart(part: string, span: string): boolean {
  const used = span.split(/\s+/).filter(Boolean).length;
  return used * 3 < contentWords(part).length;
}

/** Whether two words share a stem of five letters or more: all of the shorter word but its last letter at most. */
export function sameDerivation(a: string, b: string): boolean {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  return p >= 5 && Math.min(a.length, b.length) - p <= 1;
}

/** Whether `word` is a compound ending in `head` ("goldfish" of "fish"): a head of 4+ letters after 3+ more. */
export function compoundOf(word: string, head: string): boolean {
  return head.length >= 4 && word.length - head.length >= 3 && word.endsWith(head);
}

/**
 * Whether the utterance is (or holds) a capitalised name ("Oscar Health") with a word that no option has: a
 * name outside the list, which a shared generic word ("health") does not make an option.
 */
function namesOtherThing(utterance: string, unmatched: string[], options: Option[]): boolean {
  if (!unmatched.length) return false;
  const joined = options.flatMap((o) => optionPhrases(o).map((p) => p.replace(/[^a-z0-9]+/g, ''))).join(' ');
  const names = utterance.match(/\b[A-Z][\w'&.-]*(?:\s+[A-Z][\w'&.-]*)+/g) ?? [];
  return names.some((name) => tokens(name).some((t) => unmatched.includes(t) && !joined.includes(t)));
}

/**
 * The stems of `field`'s label words that no option label has: words that name the field ("experience"
 * of "Hospitality experience"), not one of its options ("Coffee" of "Coffee or tea" stays an option word).
 */
function fieldNouns(field: Field): Set<string> {
  const labels = new Set((field.options ?? []).flatMap((o) => tokens(normalize(o.label)).map(lightStem)));
  return new Set(
    tokens(normalize(field.label))
      .filter((w) => w.length > 2 && !STOPWORDS.has(w))
      .map(lightStem)
      .filter((w) => !labels.has(w)),
  );
}

/** The weight of a word matched in an option's aside when another option has it in its head (see `headWords`). */
const ASIDE_WEIGHT = 0.5;

/**
 * Fuzzy option match: each content word of `utterance` is searched (fuse.js, threshold 0.34) among the words of
 * every option's phrases; an option scores the sum of its best word similarities, a word of another option's
 * head counting half in an option's aside (bracketed note, explanation after a dash). Confidence reflects match
 * quality, margin over the runner-up, and how much of the utterance it explains: below 0.6 for weak matches.
 */
export function fuzzyOption(
  utterance: string,
  options: Option[],
  fieldWords: ReadonlySet<string> = new Set(),
): OptionMatch | null {
  // "house, no yard": "yard" is said negated; it chooses an option that has it negated too and rules out one
  // that has it plain ("House with a yard")
  const negated = negatedWords(utterance);
  // "I've got enough experience" for "Hospitality experience": the field's own noun chooses none of its
  // options, not even one whose synonym holds it ("no experience")
  const words = contentWords(utterance).filter((w) => !negated.has(w) && !fieldWords.has(lightStem(w)));
  const phrases = options.map(optionPhrases);
  const optionNegated = phrases.map((ps) => new Set(ps.flatMap((p) => [...negatedWords(p)])));
  const heads = options.map(headWords);
  const items = options.flatMap((_, i) =>
    phrases[i]!.flatMap((p) => tokens(p))
      .filter((w) => w.length >= 2 && !STOPWORDS.has(w) && !optionNegated[i]!.has(w))
      .map((word) => ({ i, word, head: heads[i]!.has(lightStem(word)) })),
  );
  const ruledOut = options.map((_, i) => items.some((it) => it.i === i && negated.has(it.word)));
  const score = new Array<number>(options.length).fill(0);
  const used = new Array<string[]>(options.length).fill([]).map(() => [] as string[]);
  let matched = 0;
  for (const w of negated)
    optionNegated.forEach((set, i) => {
      if (!set.has(w)) return;
      score[i]! += 1;
      used[i]!.push(`no ${w}`);
      matched = 1;
    });
  if (!words.length && !matched) return null;
  const fuse = new Fuse(items, { keys: ['word'], includeScore: true, threshold: 0.34, ignoreLocation: true });
  const unmatched: string[] = [];
  for (const w of words) {
    const best = new Map<number, number>();
    const headed = new Set<number>();
    const take = (item: (typeof items)[number], sim: number) => {
      if (sim <= (best.get(item.i) ?? 0)) return;
      best.set(item.i, sim);
      if (item.head) headed.add(item.i);
      else headed.delete(item.i);
    };
    // "nails" for "Nail trim": a word whose stem heads an option is that option's word
    heads.forEach((head, i) => head.has(lightStem(w)) && take({ i, word: w, head: true }, 1));
    for (const r of fuse.search(w)) {
      const lenRatio = Math.min(w.length, r.item.word.length) / Math.max(w.length, r.item.word.length);
      if (lenRatio < 0.7 || isOtherWord(w, r.item.word) || otherThanNumber(w, r.item.word)) continue;
      take(r.item, (1 - (r.score ?? 1)) * (0.7 + 0.3 * lenRatio));
    }
    // "nauseous" for "Nausea", "feverish" for "Fever": a derived form shares the word's long stem;
    // "goldfish" for "fish": a compound names its last word
    if (!best.size)
      for (const item of items)
        if (sameDerivation(w, item.word)) take(item, 0.75);
        else if (compoundOf(w, item.word)) take(item, 0.7);
    // "bath" heads "Bath & brush" and is only an aside of "Full groom — bath, dry, cut and nails"
    if (headed.size > 0) for (const [i, sim] of best) if (!headed.has(i)) best.set(i, sim * ASIDE_WEIGHT);
    if (best.size) matched++;
    else unmatched.push(w);
    for (const [i, sim] of best) {
      score[i]! += sim;
      used[i]!.push(w);
    }
  }
  const ranked = score
    .map((s, i) => ({ s, i }))
    .filter(({ i }) => !ruledOut[i])
    .sort((a, b) => b.s - a.s);
  const top = ranked[0];
  if (!top || top.s <= 0) return null;
  const runner = ranked[1]?.s ?? 0;
  const quality = top.s / Math.max(1, used[top.i]!.length);
  const margin = (top.s - runner) / top.s;
  const coverage = Math.min(1, used[top.i]!.length / Math.max(1, words.length + negated.size));
  let confidence = Math.min(0.85, 0.2 + 0.35 * quality * quality + 0.3 * margin + 0.1 * coverage);
  // two options scoring the same ("the big cleaning" for "Standard clean" and "Deep clean"): no candidate
  if (margin < 0.05) return null;
  if (margin < 0.15) confidence = Math.min(confidence, AMBIGUOUS);
  if (namesOtherThing(utterance, unmatched, options)) return null;
  if (matched === 0) return null;
  return { option: options[top.i]!, confidence, extractor: 'fuzzy-option', span: used[top.i]!.join(' ') };
}

/**
 * The option of a select `field` that `utterance` answers, trying in order: yes/no (True/False options),
 * a number with the unit of range options, verbatim mention, numeric value, amount range, ordinal, fuzzy match. Null when nothing fits.
 */
export function matchSingleOption(heard: string, field: Field): OptionMatch | null {
  const options = field.options ?? [];
  if (!options.length) return null;
  // "2 yrs" for "24 months" ("2 years"): units written short are read spelled out, the span as said
  const spelled = spelledUnits(heard);
  if (spelled !== heard) {
    const m = matchSingleOption(spelled, field);
    return m && { ...m, span: heard.trim() };
  }
  // "our daughter who is four years old": an age chooses no "4 or more bedrooms", unless the options are ages
  const ages = /\b(?:years?|yrs?|months?|old|ages?d?)\b/i.test(options.map((o) => o.label).join(' '));
  // "not super urgent" reads as "not urgent": a degree word after a negation changes no option
  const utterance = withoutNegatedDegree(ages ? heard : withoutAges(heard));
  const bool = booleanOptions(options);
  if (bool) {
    const verbatimBool = findVerbatimOptions(utterance, options);
    if (verbatimBool.length === 1)
      return {
        option: verbatimBool[0]!.option,
        confidence: 0.95,
        extractor: 'verbatim-option',
        span: verbatimBool[0]!.phrase,
      };
    const yn = detectYesNo(utterance);
    if (yn !== null)
      return {
        option: yn ? bool.yes : bool.no,
        confidence: 0.9,
        extractor: 'yes-no-option',
        span: utterance.trim(),
      };
  }
  // "bit over 2 years", "8 months" for "1–3 years" / "Less than a year": the range holding the number said
  // with its unit, before an option word ("years", "over") that names no range holding it
  const unitRange = unitRangeOption(utterance, options);
  if (unitRange) return asMatch(unitRange, 'unit-range-option');
  const numericOptions = options.every((o) => isNumeric(o.value));
  const said = findVerbatimOptions(utterance, options, numericOptions ? isNumeric : undefined);
  // "once a fortnight": a rate chooses the option of its period; option words inside it ("once") do not
  const rate = rateOption(utterance, options);
  if (rate && chosenHits(utterance, said).every((h) => h.option === rate.option || insideRate(h, rate)))
    return { option: rate.option, confidence: 0.93, extractor: 'rate-option', span: rate.span };
  // "townhouse instead of apartment": the option replaced is never the answer
  const verbatim = chosenHits(utterance, said);
  if (said.length > 0 && verbatim.length === 0) {
    // "I don't want a workshop, make it a 30 min talk": only the quantity of another option can still choose
    const kept = options.filter((o) => !said.some((h) => h.option === o));
    const other = quantityOption(utterance, kept);
    return other
      ? { option: other.option, confidence: 0.85, extractor: 'quantity-option', span: other.span }
      : null;
  }
  if (verbatim.length === 1) {
    const hit = verbatim[0]!;
    const exact =
      normalize(utterance)
        .replace(/[^a-z0-9 ]/g, '')
        .trim() === hit.phrase.replace(/[^a-z0-9 ]/g, '');
    return {
      option: hit.option,
      confidence: exact ? 0.98 : 0.93,
      extractor: 'verbatim-option',
      span: hit.phrase,
    };
  }
  if (verbatim.length > 1) {
    // "not X, Y" / "X, no wait, Y": the last mention usually wins; report the ambiguity
    const last = verbatim[verbatim.length - 1]!;
    return { option: last.option, confidence: 0.5, extractor: 'verbatim-option', span: last.phrase };
  }
  // "heard from my cousin", "a mate": a relation chooses the option of its kind ("Friend or family")
  const relation = relationOption(utterance, options);
  if (relation) return asMatch({ ...relation, confidence: 0.85 }, 'relation-option');
  // "fifth grade", "grade nine", "level two" for "5th grade", "Grade 9", "Level 2": the number said any way
  const numbered = numberedOption(utterance, options);
  if (numbered) return asMatch(numbered, 'numbered-option');
  // "the 30 minute one" for "Session talk (30 min)": the option whose label says that quantity
  const quantity = quantityOption(utterance, options);
  if (quantity)
    return { option: quantity.option, confidence: 0.9, extractor: 'quantity-option', span: quantity.span };
  // "the top one" of "Up to £30,000" … "Over £100,000": the top of the scale, not of the list
  const extreme = extremeRangeOption(utterance, options);
  if (extreme) return asMatch(extreme, 'range-end');
  const ordinal = findOrdinal(utterance, options.length);
  // "the third one": a position in the list, not the amount "one"
  if (ordinal && ORDINAL_WORD.test(ordinal.span))
    return {
      option: options[ordinal.index]!,
      confidence: 0.85,
      extractor: 'ordinal-option',
      span: ordinal.span,
    };
  const numeric = matchNumericOption(utterance, options);
  if (numeric) return numeric;
  // an amount of money is no answer to a select of counts ("under $1000" for "4+ bedrooms")
  const mentions = countableMentions(utterance);
  const onlyMoney = mentions.length > 0 && mentions.every((n) => n.money) && !moneyOptions(options);
  // nor is a length in a unit the options do not take ("25 hrs/wk" for ranges of years)
  const range = onlyMoney || saysOtherUnit(utterance, options) ? null : matchRangeOption(utterance, options);
  if (range) return asMatch(range, 'range-option');
  if (ordinal)
    return {
      option: options[ordinal.index]!,
      confidence: 0.85,
      extractor: 'ordinal-option',
      span: ordinal.span,
    };
  const fuzzy = fuzzyOption(utterance, options, fieldNouns(field));
  if (fuzzy) return fuzzy;
  // "hous", "wkly": an option word clipped or written without its vowels
  const clipped = abbreviatedOption(utterance, options, optionPhrases);
  return clipped
    ? { option: clipped.option, confidence: 0.8, extractor: 'abbreviated-option', span: clipped.span }
    : null;
}

const NONE =
  /^(?:none|nothing|neither|no|nope|none\s+of\s+(?:them|those|these|the\s+above)|neither\s+of\s+(?:them|those)|not\s+any|no\s+thanks?(?:\s+you)?)$/;

/** "none of the extras", "no extras thanks": a refusal of the field's own noun (`nouns`: its stems). */
const NONE_OF =
  /^(?:none\s+of|neither\s+of|no|not\s+any(?:\s+of)?)\s+(?:the\s+|my\s+|your\s+|those\s+)?([a-z]+)$/;
const THANKS = /(?:\s*,)?\s+(?:thanks|thank\s+you|thx|cheers|ta|for\s+now|please)$/;

/** Whether normalized `bare` refuses every option by the field's own noun ("none of the extras thanks"). */
function refusesAll(bare: string, nouns: ReadonlySet<string>): boolean {
  const m = NONE_OF.exec(bare.replace(THANKS, ''));
  return !!m && nouns.has(stem(m[1]!));
}

/**
 * The words of a list said verbatim, from its first option to its last ("candid, drone" of "candid, drone. no
 * second shooter"), so the words said after it stay free for other fields.
 */
function listSpan(utterance: string, hits: VerbatimHit[]): string {
  const text = normalize(utterance);
  return text.slice(Math.min(...hits.map((h) => h.start)), Math.max(...hits.map((h) => h.end)));
}

/**
 * `text` with the [at, to) stretches blanked (same length, so offsets stay), each begun with a comma so the
 * words before and after stay apart: "the first two weeks and the last week" → ",                  and the
 * last week".
 */
function blanked(text: string, spans: Array<[number, number]>): string {
  return spans.reduce((t, [a, b]) => t.slice(0, a) + ','.padEnd(b - a, ' ') + t.slice(b), text);
}

/**
 * The options of a multi_select `field` named in `heard`: "pizza and sushi", "pizza, sushi and tacos",
 * "all of them" (every option), "none" (empty list), options chosen by number, place or date ("weeks 1-4",
 * "the first two weeks", "june 28 thru july 2": `placedOptions`, read from `referenceDate`). Each list item
 * is matched like a single option.
 */
export function matchMultiOptions(
  heard: string,
  field: Field,
  referenceDate: Date = new Date(),
): { values: string[]; confidence: number; extractor: string; span: string } | null {
  const options = field.options ?? [];
  if (!options.length) return null;
  const bare = normalize(heard)
    .replace(/^(?:um+|uh+|well|so|ok(?:ay)?|please)[\s,]+/, '')
    .replace(/[\s.!?,]+$/, '')
    .replace(/\s*please$/, '');
  // "every weekday except Friday", "mon-wed", "weekends only": options that are days of the week
  const days = weekdayOptionValues(heard, options);
  if (days) {
    // other options said with the days ("Mornings" in "monday and wednesday mornings") are chosen too
    const others = options.filter((o) => !namesWeekdays(o.label));
    const also = chosenHits(heard, findVerbatimOptions(heard, others)).map((h) => h.option.value);
    const values = options.map((o) => o.value).filter((v) => days.values.includes(v) || also.includes(v));
    return { values, confidence: 0.9, extractor: 'weekday-options', span: days.span };
  }
  // "every shift" for "Shifts available": the field's own nouns
  const nouns = new Set(contentStems(`${field.label} ${field.name.replace(/_/g, ' ')}`));
  if (choosesEveryOption(bare, options.length, (t) => findVerbatimOptions(t, options).length > 0, nouns))
    return { values: options.map((o) => o.value), confidence: 0.9, extractor: 'all-options', span: bare };
  // "everything except the boardroom": every option less the ones set aside
  const named = (t: string) =>
    findVerbatimOptions(t, options)
      .filter((h) => h.start === 0 && h.end === t.length)
      .map((h) => h.option.value);
  const allBut = everyOptionBut(
    bare,
    options.map((o) => o.value),
    named,
  );
  if (allBut) return { values: allBut, confidence: 0.9, extractor: 'all-but-options', span: bare };
  if (NONE.test(bare) || refusesAll(bare, nouns))
    return { values: [], confidence: 0.85, extractor: 'no-options', span: bare };
  // "weeks 1-4", "the first two weeks and the last week": options chosen by place; the words left name others
  const placed = placedOptions(normalize(heard), field, referenceDate);
  const utterance = placed ? blanked(normalize(heard), placed.spans) : heard;
  // "no dogs, just cats", "cats instead of dogs": an option said under a negation or replaced is not chosen
  const verbatim = chosenHits(utterance, findVerbatimOptions(utterance, options));
  const values = new Set([
    ...(placed?.indexes.map((i) => options[i]!.value) ?? []),
    ...verbatim.map((h) => h.option.value),
  ]);
  let confidence = placed ? 0.9 : verbatim.length ? 0.93 : 1;
  let extractor = placed ? placed.extractor : verbatim.length ? 'verbatim-option' : 'fuzzy-option';
  let readPart = !!placed;
  const rest = placed
    ? normalize(utterance)
        .replace(/^[\s,]+/, '')
        .replace(/[\s.!?,]+$/, '')
    : bare;
  const parts = rest.split(/\s*(?:,|;|&|\band\b|\bor\b|\bplus\b|\bas well as\b|\balso\b)\s*/).filter(Boolean);
  for (const part of parts) {
    if (findVerbatimOptions(part, options).length) continue;
    const m = findOrdinal(part, options.length);
    const hit = m
      ? { option: options[m.index]!, confidence: 0.85 }
      : fuzzyOption(part, options, fieldNouns(field));
    // a part two options fit about equally ("right after New Year's": "nights"? "afternoons"?) adds neither;
    // a clause one word of which is like an option's ("I run a small studio from home", "it's an old house
    // with thick walls") is a remark beside the list, not an item of it
    if (
      hit &&
      hit.confidence > AMBIGUOUS &&
      !values.has(hit.option.value) &&
      (m || !('span' in hit) || !remarkPart(part, hit.span))
    ) {
      values.add(hit.option.value);
      readPart = true;
      confidence = Math.min(confidence, hit.confidence);
      if (!verbatim.length && !placed) extractor = m ? 'ordinal-option' : 'fuzzy-option';
    }
  }
  if (!values.size) return null;
  const order = options.map((o) => o.value).filter((v) => values.has(v));
  return {
    values: order,
    confidence,
    extractor,
    span: readPart ? heard.trim() : listSpan(utterance, verbatim),
  };
}
