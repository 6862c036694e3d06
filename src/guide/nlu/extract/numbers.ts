import * as chrono from 'chrono-node';
import { LruMap } from '../../../core/lru-map.js';
import nlp from 'compromise';
import { numberWords } from './number-words.js';
import { mixedNumbers } from './mixed-numbers.js';
import { UNIT_WORDS } from './number-lexicon.js';

/**
 * Number mentions in an utterance: digits with separators and magnitude suffixes ("5k", "1.2 million",
 * "$30,000", "3 grand"), and number words read by compromise (its numbers plugin is built in since v14) ("thirty thousand", "a couple",
 * "two and a half"), mixed numbers with a spoken fraction ("3 and a half", "two and a quarter"), plus "a dozen"
 * style quantities that compromise does not know.
 */

export interface NumberMention {
  value: number;
  /** the words as said */
  span: string;
  /** character offset of the span in the utterance */
  index: number;
  /** "second", "3rd" */
  ordinal: boolean;
  /** a currency sign or word was attached ("$5k", "30 dollars", "3 grand") */
  money: boolean;
}

const MAGNITUDE: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  grand: 1e3,
  m: 1e6,
  mm: 1e6,
  mil: 1e6,
  million: 1e6,
  millions: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  hundred: 100,
};

/**
 * Thousands grouped with spaces ("60 000", "1 250 000"), as written in much of Europe: a lead of one to three
 * digits and groups of three, neither after a digit group ("0412 558 903" is a phone) nor before one.
 */
const SPACE_GROUPED = String.raw`(?<!\d[ \u00a0\u202f])[1-9]\d{0,2}(?:[ \u00a0\u202f]\d{3})+(?![ \u00a0\u202f]?\d)`;

/** Words for money said after an amount: "dollars", "bucks", "euros", "pounds", "quid". */
export const MONEY_WORDS = String.raw`dollars?|bucks|usd|eur|euros?|pounds?|gbp|quid`;

const DIGITS = new RegExp(
  String.raw`(?<![\w.])([$£€])?\s?(\d{1,3}(?:,\d{3})+|${SPACE_GROUPED}|\d+)(?:\.(\d+))?(?:\s*(k|m|mm|bn|b|mil)\b|\s+(thousand|grand|million|millions|billion|hundred)\b)?(\s*(?:${MONEY_WORDS}))?(?:(st|nd|rd|th)\b)?`,
  'gi',
);
const DOZEN = /\b(?:(half) a|(a|one|two|three|four|five|\d+))\s+dozen\b/gi;
const SMALL: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5 };
/** A currency word right after an amount ("a couple thousand dollars"). */
const CURRENCY_AFTER = String.raw`(?:\s+(?:${MONEY_WORDS})\b)`;
/**
 * "six figures", "a low five-figure sum", "high 6 figures": an amount of money by its count of digits,
 * read as the smallest such amount (low) or the middle (mid, 5×) or top (high, 9×) of its decade.
 */
const FIGURES = new RegExp(
  String.raw`\b(?:(low|mid|high)[-\s]+)?(${Object.keys(UNIT_WORDS).join('|')}|[1-9])[-\s]figures?\b`,
  'gi',
);
const FIGURE_SCALE: Record<string, number> = { low: 1, mid: 5, high: 9 };

/** Replaces a span with spaces so offsets of the remaining text stay valid. */
function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}

/** A month name, a year or a numeric date inside a chrono-node result. */
const CALENDAR =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b(?:1[89]|20)\d\d\b|\b\d{1,2}[/.-]\d{1,2}\b/i;

/**
 * `text` with calendar dates blanked (chrono-node results naming a month or a year: "March 1st 2027",
 * "10 May", "2027-02-15"), so a date is never read as a number; hours and durations ("5 to 20", "at 7",
 * "3 days from tomorrow") are kept.
 */
export function withoutDates(text: string): string {
  let out = text;
  for (const r of chrono.parse(text))
    if (CALENDAR.test(r.text)) out = blank(out, r.index, r.index + r.text.length);
  return out;
}

const recent = new LruMap<string, NumberMention[]>(512);

/**
 * All number mentions in `utterance`, in order of appearance. Times like "7:30" and calendar dates are not
 * numbers. Results are memoised for the last 512 texts (the extractors ask several times per turn, and the
 * agent's lines repeat).
 */
export function findNumberMentions(utterance: string): NumberMention[] {
  const hit = recent.get(utterance);
  if (hit) return hit.map((m) => ({ ...m }));
  const found = numberMentions(utterance);
  recent.set(utterance, found);
  return found.map((m) => ({ ...m }));
}

/** A whole answer that counts one person: "just me", "only myself", "on my own". */
const ONE_PERSON =
  /^\W*(?:(?:just|only)\s+(?:me|myself|one(?: person)?)|me alone|(?:all )?(?:by myself|on my own)|solo)\b[\W]*(?:please|thanks)?\W*$/i;

/**
 * "one" as a pronoun: after a determiner and at most two describing words, and followed by no noun ("the Mt
 * Eden one", "that one", "the blue one please", "which one is cheaper"). "just the one" stays a count.
 */
const PRONOUN_ONE =
  /(?<!\b(?:just|only)\s+)\b(?:the|that|this|which|each|every|another|either|same)\b((?:\s+(?!(?:and|or|but|plus|one)\b)[\w.'’-]+){0,2})\s+(one)\b(?=\s*(?:$|[.,;:!?)]|(?:in|at|on|with|near|by|from|that|which|who|for|please|is|was|you|i|we)\b))/gi;

/** `text` with every pronoun "one" blanked (see PRONOUN_ONE). */
function withoutPronounOne(text: string): string {
  let out = text;
  for (const m of text.matchAll(PRONOUN_ONE)) {
    const at = m.index! + m[0].length - 3;
    out = blank(out, at, at + 3);
  }
  return out;
}

interface WordNumber {
  text: string;
  offset?: { start: number };
  number?: { num?: number; unit?: string };
  terms?: Array<{ tags?: string[] }>;
}

/**
 * The beginnings of English number words, cardinal and ordinal ("fif" of fifth, fifteen and fifty, "twel" of
 * twelve and twelfth, "thir" of third, thirteen and thirty): a text with none of them holds no number in
 * words, and compromise, the slowest reader of a turn, is not asked. A word that merely starts so ("tenant",
 * "thirsty") only costs the call.
 */
const NUMBER_WORD_START =
  /\b(?:zero|one|two|three|four|fiv|fif|six|seven|eight|nin|ten|eleven|twel|twent|thir|hundred|thousand|million|billion|trillion|dozen|first|second)/i;

/**
 * The numbers compromise reads in `text`, with offsets; a number it read across a comma ("eighty-five, ninety
 * thousand") is read again as one number per part. Empty when no word of `text` starts like a number word
 * (`NUMBER_WORD_START`).
 */
function wordNumbers(text: string): WordNumber[] {
  if (!NUMBER_WORD_START.test(text)) return [];
  const items = nlp(text).numbers().json({ offset: true }) as WordNumber[];
  return items.flatMap((item) => {
    const start = item.offset?.start;
    if (start === undefined || !/,\s*[a-z]/i.test(item.text)) return [item];
    return item.text.split(',').flatMap((part, i, parts) => {
      const at = start + parts.slice(0, i).join(',').length + (i ? 1 : 0);
      const read = nlp(part).numbers().json({ offset: true }) as WordNumber[];
      return read.map((r) => ({ ...r, offset: { start: at + (r.offset?.start ?? 0) } }));
    });
  });
}

function numberMentions(utterance: string): NumberMention[] {
  const out: NumberMention[] = [];
  const one = ONE_PERSON.exec(utterance);
  if (one) return [{ value: 1, span: utterance.trim(), index: 0, ordinal: false, money: false }];
  let rest = withoutPronounOne(withoutDates(utterance))
    .replace(/\b\d{1,2}:\d{2}\b/g, (m) => ' '.repeat(m.length))
    // "ninety thousand-ish": the hedge is no part of the number
    .replace(/-(?=ish\b)/gi, ' ');

  for (const m of rest.matchAll(DOZEN)) {
    const count = m[1] ? 0.5 : (SMALL[m[2]!.toLowerCase()] ?? Number(m[2]));
    out.push({ value: count * 12, span: m[0], index: m.index!, ordinal: false, money: false });
    rest = blank(rest, m.index!, m.index! + m[0].length);
  }
  for (const m of rest.matchAll(FIGURES)) {
    const digits = UNIT_WORDS[m[2]!.toLowerCase()] ?? Number(m[2]);
    const value = FIGURE_SCALE[m[1]?.toLowerCase() ?? 'low']! * 10 ** (digits - 1);
    out.push({ value, span: m[0], index: m.index!, ordinal: false, money: true });
    rest = blank(rest, m.index!, m.index! + m[0].length);
  }
  for (const m of rest.matchAll(
    new RegExp(
      String.raw`\b(?:a\s+)?(couple|pair|few)(?:\s+of)?(?:\s+(grand|thousand|k|hundred|million)\b)?(${CURRENCY_AFTER})?`,
      'gi',
    ),
  )) {
    const mag = m[2]?.toLowerCase();
    const value = (m[1]!.toLowerCase() === 'few' ? 3 : 2) * (mag ? (MAGNITUDE[mag] ?? 1) : 1);
    const money = mag === 'grand' || mag === 'k' || Boolean(m[3]);
    out.push({ value, span: m[0], index: m.index!, ordinal: false, money });
    rest = blank(rest, m.index!, m.index! + m[0].length);
  }

  // "3 and a half", "two and a quarter", "34 and a half thousand": the fraction is part of the number
  for (const m of mixedNumbers(rest)) {
    const currency = new RegExp(`^${CURRENCY_AFTER}`, 'i').test(rest.slice(m.index + m.span.length));
    out.push({ ...m, ordinal: false, money: m.money || currency });
    rest = blank(rest, m.index, m.index + m.span.length);
  }

  for (const m of rest.matchAll(DIGITS)) {
    const [whole, sign, int, frac, shortMag, wordMag, currency, ordinalSuffix] = m;
    let value = Number(`${int!.replace(/[,\s]/g, '')}${frac ? `.${frac}` : ''}`);
    const mag = (shortMag ?? wordMag)?.toLowerCase();
    if (mag) value *= MAGNITUDE[mag] ?? 1;
    const span = whole.trim();
    out.push({
      value,
      span,
      index: m.index! + whole.indexOf(span),
      ordinal: Boolean(ordinalSuffix),
      money: Boolean(sign || currency || mag === 'grand' || mag === 'k'),
    });
    rest = blank(rest, m.index!, m.index! + whole.length);
  }

  if (/[a-z]/i.test(rest)) {
    for (const json of wordNumbers(rest)) {
      let value = json.number?.num;
      if (typeof value !== 'number' || !Number.isFinite(value)) continue;
      const text = json.text.replace(/[.,!?;:]+$/, '').trim();
      if (!/[a-z]/i.test(text)) continue;
      const index = json.offset?.start ?? rest.indexOf(text);
      const after = rest.slice(index + text.length);
      const grand = /^\s*(grand|k)\b/i.exec(after);
      if (grand) value *= 1000;
      const tags = (json.terms ?? []).flatMap((t) => t.tags ?? []);
      const money =
        Boolean(grand) ||
        new RegExp(String.raw`^\s*(?:${MONEY_WORDS})\b`, 'i').test(after) ||
        tags.includes('Money');
      out.push({
        value,
        span: grand ? `${text}${grand[0]}` : text,
        index,
        ordinal: tags.includes('Ordinal'),
        money,
      });
    }
    // a number word compromise did not read ("more like an eight")
    const taken = (i: number) => out.some((n) => i >= n.index && i < n.index + n.span.length);
    for (const w of numberWords(rest)) if (!taken(w.index)) out.push({ ...w, ordinal: false, money: false });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** The first cardinal number in `utterance`, or null. */
export function parseNumber(utterance: string): NumberMention | null {
  return findNumberMentions(utterance).find((n) => !n.ordinal) ?? null;
}
