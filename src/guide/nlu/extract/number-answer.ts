import type { Field } from '../../../core/wizard/definition.js';
import type { NumberMention } from './numbers.js';
import { countableMentions, saysAge } from './countable.js';
import { fieldUnit } from './field-unit.js';
import { STOPWORDS, expandStem, fieldStems, normalize, stem, tokens } from './normalize.js';
import { holdsYear } from '../../../core/wizard/field-types/year-number.js';
import { isYearShaped, yearBounds } from './year-answer.js';
import { ownOnly } from './own-only.js';
import { countsPeople, groupedHeads, namesHeads, peopleCount } from './people-count.js';
import { declaredValue } from './declared-values.js';
import { timesCount } from './times-count.js';
import { scaleScore } from './scale-score.js';
import { inFieldUnit } from './unit-number.js';
import { holdsMoney } from './money-field.js';
import { unitNamed } from './units.js';
import { moneyAnswer, rateOnlyMentions } from './money-said.js';

export { holdsMoney };

/**
 * The number that answers a number-like field (number, rating, slider, count text). Only a number that can be
 * the answer is taken: not an amount of money for a field that holds no money ("$2500", the "1" of "1-3k"
 * asked how many items), not a number that counts something the field does not ("go up 12 stairs" asked how
 * many large items); "none" / "nothing" / "no <the field's noun>" give 0 where 0 is allowed. A field that holds a
 * year takes only a year-shaped number ("2017 Honda Civic, about 80k miles" → 2017); any other field passes
 * over a year-shaped number when another number is said (→ 80000 for the miles). A field that counts people
 * takes a head count said without a number ("just me" → 1, "me and my wife" → 2). Words the author gave a
 * value in the field's hints ("studio or bachelor = 0") give that value. How often said without a number
 * ("only once", "twice", "just the one") gives that count, and a count of things answered with the speaker's
 * own alone ("just mine", "only my car") gives 1. A score said against its scale ("three out of ten",
 * "7/10") gives the score.
 */

export interface NumberAnswer {
  value: number;
  span: string;
  confidence: number;
}

/** Words after a number that count generically ("6 in total", "5 pieces", "3 of them"): they fit any field. */
const GENERIC_COUNTERS = new Set([
  'total',
  'altogether',
  'overall',
  'all',
  'pieces',
  'piece',
  'things',
  'thing',
  'items',
  'item',
  'times',
  'or',
  'ish',
  'max',
  'maximum',
  'min',
  'minimum',
  'tops',
  'roughly',
  'approx',
  'approximately',
  'give',
  'more',
  'less',
  'plus',
  'out',
]);

/** Whether the words right after a number (no punctuation between) name something the field does not count. */
function countsOtherNoun(utterance: string, n: NumberMention, field: Field): boolean {
  const tail = utterance.slice(n.index + n.span.length);
  // "1pm", "8am": an hour of the day, whatever the field counts
  if (/^\s*[ap]\.?m\b/i.test(tail)) return true;
  if (!/^\s+[a-z]/i.test(tail)) return false;
  // "one person", "2 people" count the heads of a field that counts patients, guests, clients …
  if (countsPeople(field) && namesHeads(tail)) return false;
  const words = tokens(tail.split(/[,;.!?()]/)[0]!).slice(0, 3);
  if (!words.length || /^\d/.test(words[0]!)) return false;
  if (words.some((w) => STOPWORDS.has(w) || GENERIC_COUNTERS.has(w))) return false;
  const own = fieldStems(field, true);
  return !words.some((w) => {
    const s = stem(w);
    return own.includes(s) || own.some((o) => expandStem(s).has(o));
  });
}

/** The low end of a money range ("1" in "1-3k", "1 to 3 grand"): part of an amount, not a count. */
function startsMoneyRange(utterance: string, n: NumberMention, all: NumberMention[]): boolean {
  const next = all.find((m) => m.index > n.index);
  if (!next?.money) return false;
  return /^\s*(?:-|–|to|and)\s*$/i.test(utterance.slice(n.index + n.span.length, next.index));
}

const ZERO =
  /^(?:none|nothing|zero|nil|nada|not (?:a single )?one|not any(?:thing)?|no(?:ne)? at all|there (?:are|is) none|we (?:have|got) none)\b(?!\s+(?:else|more|further|to add|from me|for now|yet))/;

/** Words that introduce a total ("that's 6", "so 6 in all", "a total of 6"). */
const TOTAL = /\b(?:that's|that is|that makes|makes|so|total(?: of)?|in total|altogether|all in all)\W*$/i;

/**
 * Words that settle on a number after hesitating ("four or five, call it five", "maybe three? let's go with
 * four", "make it 6"): the number after them is the answer, wherever it stands.
 */
const SETTLED =
  /(?:\b(?:call it|let'?s (?:go with|say|do|make it|put)|let us say|go with|make (?:it|that)|put (?:it |me )?(?:down )?(?:as|at|for)|i'?ll (?:go with|say)|i'?d (?:go with|say)|settle (?:on|for)|final answer)|(?:^|[,.;:!?]\s*)(?:so\s+|ok(?:ay)?\s+)?say)\W*$/i;

/**
 * The last of `mentions` (numbers of `said`, with offsets) after words that settle on it (see SETTLED: "the
 * deeds say 1920-something. let's say 1925" → 1925), or undefined when none is.
 */
export function settledMention<T extends { index: number }>(said: string, mentions: T[]): T | undefined {
  return [...mentions].reverse().find((n) => SETTLED.test(said.slice(0, n.index)));
}

/** 0 for "none really", "nothing", "no <field noun>" when the field allows 0; otherwise null. */
function zeroAnswer(utterance: string, field: Field): NumberAnswer | null {
  const min = field.validation?.min;
  if (typeof min === 'number' && min > 0) return null;
  const t = normalize(utterance).replace(/^(?:um+|uh+|well|oh|hmm+|honestly|actually)[\s,]+/, '');
  const m = ZERO.exec(t);
  if (m) return { value: 0, span: m[0], confidence: 0.8 };
  const no = /^no (\w+)(?: (\w+))?/.exec(t);
  const own = fieldStems(field, false);
  if (no && [no[1], no[2]].some((w) => w && own.includes(stem(w))))
    return { value: 0, span: no[0], confidence: 0.8 };
  return null;
}

/** "no bedroom", "no separate bedrooms" anywhere: the noun after "no" (one modifier allowed). */
const NO_NOUN = /\bno (\w+)(?: (\w+))?/g;

/**
 * 0 when a clause denies the field's own noun ("no bedroom as such") while the line's numbers count other
 * nouns ("one bathroom"); null when the field does not allow 0 or its noun is not denied.
 */
function deniedNoun(utterance: string, field: Field): NumberAnswer | null {
  const min = field.validation?.min;
  if (typeof min === 'number' && min > 0) return null;
  const own = fieldStems(field, false);
  for (const m of normalize(utterance).matchAll(NO_NOUN))
    if ([m[1], m[2]].some((w) => w && own.includes(stem(w))))
      return { value: 0, span: m[0], confidence: 0.8 };
  return null;
}

/**
 * Whether a mention is money for `field`: a currency sign or word ("$2500", "30 dollars", "3 grand"); "80k"
 * alone is money unless the field's own max allows thousands (miles, steps, followers).
 */
function saysCurrency(utterance: string, n: NumberMention, field: Field): boolean {
  if (poundsOfWeight(utterance, n, field)) return false;
  const max = field.validation?.max;
  const thousands = typeof max === 'number' && max >= n.value;
  return n.money && !(thousands && /^[\d.,]+\s*k$/i.test(n.span));
}

/** Words of a field that holds a weight ("Weight (lbs)", "in pounds"). */
const WEIGHT_WORDS = new Set(['weight', 'weigh', 'weighs', 'lb', 'lbs', 'pound', 'pounds']);

/**
 * Whether "pounds" after a number is a weight, not money: the field holds a weight ("65 pounds" for a dog's
 * weight in lbs) and no other currency is said with the number.
 */
export function poundsOfWeight(utterance: string, n: NumberMention, field: Field): boolean {
  const said = utterance.slice(n.index, n.index + n.span.length + 10);
  if (!/^[^$€£]*\bpounds?\b/i.test(said) || /\b(?:dollars?|bucks|usd|euros?|gbp)\b/i.test(said)) return false;
  const words = [
    field.name.replace(/_/g, ' '),
    field.label,
    field.description ?? '',
    ...(field.extraction_hints ?? []),
  ];
  return tokens(words.join(' ')).some((w) => WEIGHT_WORDS.has(w));
}

/** Whether a unit of measure follows the number ("6 yrs", "2 hours"): a length, no amount of money. */
function saidWithUnit(utterance: string, n: NumberMention): boolean {
  const word = /^\s?([a-z]+)\b/i.exec(utterance.slice(n.index + n.span.length))?.[1];
  return !!word && unitNamed(word) !== null;
}

/** The year-shaped numbers of `said` for a year field, or their absence (see the file comment). */
function yearMentions(field: Field, mentions: NumberMention[]): NumberMention[] {
  if (holdsYear(field)) return mentions.filter((n) => isYearShaped(n, yearBounds(field)));
  const others = mentions.filter((n) => !isYearShaped(n));
  return others.length ? others : mentions;
}

/** The number in `utterance` that answers `field` (see the file comment), or null. */
export function numberAnswer(utterance: string, field: Field): NumberAnswer | null {
  // "three out of ten", "7/10": a score against its scale's top
  const max = field.validation?.max;
  const score = holdsYear(field) ? null : scaleScore(utterance, typeof max === 'number' ? max : undefined);
  if (score) return { value: score.value, span: score.span, confidence: 0.92 };
  // "four out of five": only the part before "out of" holds the value
  const said = field.type === 'rating' ? utterance.split(/\bout of\b|\//i)[0]! : utterance;
  // "around 18 months" for "Age (years)": restated in the field's own unit; "1.1 kilos" is no age
  // "our daughter who is four years old": an age answers only a field measured in time
  const measured = fieldUnit(field)?.dimension === 'time';
  const money = holdsMoney(field);
  // "6 yrs, want $21/hr", "nineteen fifty an hour": the amount said as money or a rate answers a money field
  const amount = money && field.type === 'number' ? moneyAnswer(said, field) : null;
  if (amount) return { ...amount, confidence: 0.92 };
  // "like 16 an hour" is pay: no years of experience, no count
  const rates = money ? new Set<number>() : rateOnlyMentions(said);
  const mentions = yearMentions(field, countableMentions(said))
    .filter((n) => !rates.has(n.index) && !(money && saidWithUnit(said, n)))
    .flatMap((n) => inFieldUnit(said, n, field) ?? [])
    .filter((n) => measured || !saysAge(said, n));
  const year = holdsYear(field);
  const all = mentions.filter(
    (n) =>
      money ||
      year ||
      (!saysCurrency(said, n, field) &&
        !startsMoneyRange(said, n, mentions) &&
        (field.type === 'rating' || field.type === 'slider' || !countsOtherNoun(said, n, field))),
  );
  if (!all.length) {
    // "it's a bachelor" where the author wrote "studio or bachelor = 0"
    const declared = declaredValue(said, field);
    if (declared) return { ...declared, confidence: 0.85 };
    // "just me", "me and my wife": a head count said without a number
    const people = countsPeople(field) ? peopleCount(said) : null;
    if (people) return { ...people, confidence: 0.85 };
    // "only once", "twice", "just the one": how often, said without a number
    const times = mentions.length || year || money ? null : timesCount(said);
    if (times) return { ...times, confidence: 0.85 };
    // "just mine", "only my car": one thing of the speaker's, for a count of things
    const own = mentions.length || year || money || countsPeople(field) ? null : ownOnly(said);
    if (own) return { ...own, confidence: 0.8 };
    if (year) return null;
    // "no bedroom as such, it's a studio. one bathroom": the numbers count other nouns, the field's own
    // noun is denied
    return mentions.length ? deniedNoun(said, field) : zeroAnswer(said, field);
  }
  // "2 adults and 3 children": heads counted in groups add up
  const grouped = countsPeople(field) ? groupedHeads(said) : null;
  if (grouped) return { ...grouped, confidence: 0.85 };
  // "a couch, a fridge and two beds... that's 6": the total said last is the answer
  const total = all.find((n) => TOTAL.test(said.slice(0, n.index)));
  const settled = settledMention(said, all);
  let pick = settled ?? total ?? all[0]!;
  if (field.type === 'rating') {
    // "4 out of 5", "four stars": the first number is the rating
    pick = all.find((n) => /^\s*stars?\b/i.test(said.slice(n.index + n.span.length))) ?? all[all.length - 1]!;
  }
  const confidence = all.length === 1 ? 0.92 : settled || total ? 0.85 : 0.7;
  return { value: pick.value, span: pick.span, confidence };
}
