import type { Field } from '../../../core/wizard/definition.js';
import { matchesPattern } from '../../../core/wizard/field-types/rules.js';
import { LruMap } from '../../../core/lru-map.js';
import { findNumberMentions } from './numbers.js';
import { extractShortText, type TextMatch } from './names.js';
import { codeValue, exampleShapedSpans, holdsWord, patternExamples } from './pattern-examples.js';

/**
 * Values of text fields with a `validation.pattern` (postcodes, ZIP codes, booking references, plates,
 * membership IDs) read from any part of an utterance: "14 Elm Grove, LS6 2AB" holds the postcode "LS6 2AB".
 *
 * The author's pattern is the finder: its `^`/`$` anchors become word boundaries (no letter or digit on that
 * side), it is matched case-sensitively as the engine validates it, and at each place the longest match wins.
 * Only spans with a digit are read (a code, not a word), and only for patterns that refuse ordinary words
 * ("hello", "Hello"): a slug pattern such as `[a-z0-9]+(-[a-z0-9]+)*` accepts any word and identifies nothing.
 *
 * Normalisation: the person's text is kept as said ("ng2 5hj" stays lower case when the pattern accepts it);
 * only when the pattern refuses the span as written but accepts it in capitals (or in small letters) is the
 * span's case changed to fit ("abc-1234" → "ABC-1234" for `^[A-Z]{3}-\d{4}$`). Spacing is kept, but for digits said in groups of a code read by its examples' shape ("2019 4473" → "20194473": `codeValue`).
 */

/** A field's pattern value found in an utterance. */
export interface PatternSpan {
  /** the value to store: the span as said, its case changed only when the pattern requires it */
  value: string;
  /** the words as said */
  span: string;
  /** character offset of the span in the utterance */
  index: number;
  /** digits (with separators) only, like a ZIP code: easily another number, so read only when asked or named */
  digitsOnly: boolean;
}

/** Ordinary words a pattern that identifies its field refuses. */
const WORD_PROBES = ['hello', 'Hello', 'hello world', 'Main Street'];
/** Joiners inside a token ("ABC-1234-5", "jo@x.com"): a match may not stop or start at one. */
const JOINER = /[-/.@_]/;
const ALNUM = /[A-Za-z0-9]/;

interface Finder {
  /** matches at a position (sticky), case as written */
  exact: RegExp;
  /** the same, ignoring case: for spans whose case the pattern requires changed */
  folded: RegExp;
}

const finders = new LruMap<string, Finder | null>(256);

/**
 * The pattern source with its anchors read as word boundaries: an unescaped `^` or `$` outside a character
 * class becomes "no letter or digit before" / "no letter or digit after".
 */
export function relaxAnchors(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\') {
      out += pattern.slice(i, i + 2);
      i++;
    } else if (inClass) {
      out += ch;
      if (ch === ']') inClass = false;
    } else if (ch === '[') {
      inClass = true;
      out += ch;
    } else if (ch === '^') out += '(?<![A-Za-z0-9])';
    else if (ch === '$') out += '(?![A-Za-z0-9])';
    else out += ch;
  }
  return out;
}

function finderOf(pattern: string): Finder | null {
  const known = finders.get(pattern);
  if (known !== undefined) return known;
  let finder: Finder | null = null;
  try {
    // the author's pattern must compile as written (the engine's own check), not only once relaxed
    const own = new RegExp(pattern);
    const body = `(?<![A-Za-z0-9])(?:${relaxAnchors(own.source)})(?![A-Za-z0-9])`;
    finder = { exact: new RegExp(body, 'y'), folded: new RegExp(body, 'iy') };
  } catch {
    finder = null;
  }
  finders.set(pattern, finder);
  return finder;
}

/**
 * Whether `field` is a text field whose `validation.pattern` identifies its values: a valid pattern that
 * refuses ordinary words (see the module comment), or a loose one whose author gives example codes
 * (`looseExamples`). Such a field takes only what matches its pattern.
 */
export function holdsPattern(field: Field): boolean {
  const pattern = field.validation?.pattern;
  if (field.type !== 'text' || !pattern || !finderOf(pattern)) return false;
  return !takesWords(pattern) || looseExamples(field).length > 0;
}

/** Whether a valid pattern accepts ordinary words ("hello", "Main Street"), by pattern source. */
function takesWords(pattern: string): boolean {
  let takes = wordy.get(pattern);
  if (takes === undefined) {
    takes = WORD_PROBES.some((w) => matchesPattern(w, pattern));
    wordy.set(pattern, takes);
  }
  return takes;
}

const wordy = new LruMap<string, boolean>(256);
const examples = new WeakMap<Field, string[]>();

/**
 * The author's example codes of a text field whose pattern accepts ordinary words (`patternExamples`): its
 * values are read by their shape. Empty for a field without a pattern or with one that refuses words.
 */
export function looseExamples(field: Field): string[] {
  const pattern = field.validation?.pattern;
  if (field.type !== 'text' || !pattern || !finderOf(pattern) || !takesWords(pattern)) return [];
  let found = examples.get(field);
  if (!found) {
    found = patternExamples(field);
    examples.set(field, found);
  }
  return found;
}

/** The span as the pattern accepts it: as said, else in capitals, else in small letters; null when none fits. */
function fitted(span: string, pattern: string): string | null {
  for (const v of [span, span.toUpperCase(), span.toLowerCase()]) if (matchesPattern(v, pattern)) return v;
  return null;
}

/** Whether the span at [start, end) is cut out of a longer token ("ABC-1234-5", "jo90210@mail.com"). */
function insideToken(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  const after = text.slice(end, end + 2);
  if (before.length === 2 && JOINER.test(before[1]!) && ALNUM.test(before[0]!)) return true;
  if (after.length === 2 && JOINER.test(after[0]!) && ALNUM.test(after[1]!)) return true;
  // a span inside an email or a web address
  const word = /\S*$/.exec(text.slice(0, start))![0] + /^\S*/.exec(text.slice(end))![0];
  return /@|:\/\/|www\./i.test(word);
}

/**
 * Whether digits said as a part of a longer number ("07700 900461" → "900461") or as an amount ("£50000",
 * "50000 pounds") are no code.
 */
function isOtherNumber(text: string, start: number, end: number): boolean {
  if (/\d{3}[\s-]?$/.test(text.slice(0, start)) || /^[\s-]?\d{3}/.test(text.slice(end))) return true;
  return findNumberMentions(text).some((n) => n.money && n.index <= start && n.index + n.span.length >= end);
}

/** Spans [start, end) that fit the pattern, with a digit: the longest at each place (see the module comment). */
function patternMatches(utterance: string, pattern: string): Array<[number, number]> {
  const { exact, folded } = finderOf(pattern)!;
  const found: Array<[number, number]> = [];
  for (let i = 0; i < utterance.length; i++) {
    if (i > 0 && ALNUM.test(utterance[i - 1]!)) continue;
    for (const re of [exact, folded]) {
      re.lastIndex = i;
      const m = re.exec(utterance);
      if (!m || !m[0].trim() || !/\d/.test(m[0]) || !fitted(m[0].trim(), pattern)) continue;
      const start = i + m[0].length - m[0].trimStart().length;
      found.push([start, start + m[0].trim().length]);
      break;
    }
  }
  return found;
}

/**
 * Every value of `field`'s pattern in `utterance` (see the module comment; a loose pattern's by the shape of
 * its examples, `looseExamples`), in the order said, never overlapping (longer spans first). Empty when the
 * field does not hold a pattern (`holdsPattern`).
 */
export function patternSpans(utterance: string, field: Field): PatternSpan[] {
  if (!holdsPattern(field)) return [];
  const pattern = field.validation!.pattern!;
  const shapes = looseExamples(field);
  const matches = shapes.length
    ? exampleShapedSpans(utterance, pattern, shapes)
    : patternMatches(utterance, pattern);
  const found: PatternSpan[] = [];
  for (const [start, end] of matches) {
    const span = utterance.slice(start, end);
    // digits said in groups of a code that takes no spaces ("2019 4473"): joined
    const value = fitted(span, pattern) ?? (shapes.length ? codeValue(span, pattern) : null);
    if (!value || holdsWord(span) || insideToken(utterance, start, end)) continue;
    const digitsOnly = /^[\d\s.,/-]+$/.test(span);
    if (digitsOnly && isOtherNumber(utterance, start, end)) continue;
    found.push({ value, span, index: start, digitsOnly });
  }
  const kept: PatternSpan[] = [];
  for (const s of [...found].sort((a, b) => b.span.length - a.span.length))
    if (!kept.some((k) => s.index < k.index + k.span.length && k.index < s.index + s.span.length))
      kept.push(s);
  return kept.sort((a, b) => a.index - b.index);
}

/**
 * The value of `field`'s pattern in `utterance`: the longest span, the last said of equally long ones (a
 * person who says two corrects the first). Null when none (see `patternSpans`).
 */
export function patternSpan(utterance: string, field: Field): PatternSpan | null {
  let best: PatternSpan | null = null;
  for (const s of patternSpans(utterance, field)) if (!best || s.span.length >= best.span.length) best = s;
  return best;
}

/** Longest attempt at a code (characters) answered to its field that is read, to be refused, when it misses. */
const ATTEMPT = 16;

/**
 * The answer of a field that holds a pattern (`holdsPattern`), assuming it was asked: the pattern's span
 * (0.95), else a short attempt at a code that misses the pattern ("LS6 2A", 0.6: `isAttempt`), kept so that the
 * engine refuses it with the author's message of the format; null when the words hold neither. Digits alone
 * are no attempt at a code whose author's examples have letters (`patternExamples`).
 */
export function patternAnswer(utterance: string, field: Field): TextMatch | null {
  const found = patternSpan(utterance, field);
  if (found) return { value: found.value, confidence: 0.95, extractor: 'pattern', span: found.span };
  const said = extractShortText(utterance, field);
  const value = said?.value.trim() ?? '';
  // "020 7946 0321" to a code whose examples have letters ("e.g. Hj7K 2mPq"): a number for another question
  const examples = patternExamples(field);
  const numberOnly =
    !/[A-Za-z]/.test(value) && examples.length > 0 && examples.every((e) => /[A-Za-z]/.test(e));
  return said && isAttempt(value) && !numberOnly
    ? { value, confidence: 0.6, extractor: 'pattern-attempt', span: said.span }
    : null;
}

/**
 * Whether words read as a code that went wrong ("LS6 2A", "ABC 1234"): at most three tokens, each with a
 * digit or a short one (≤ 4 characters) of letters, and no number said alone ("40k", "2019", "3 bedrooms").
 */
function isAttempt(value: string): boolean {
  const tokens = value.split(/\s+/);
  if (!/\d/.test(value) || value.replace(/\s+/g, '').length > ATTEMPT || tokens.length > 3) return false;
  if (!tokens.every((t) => /\d/.test(t) || t.length <= 4)) return false;
  return !findNumberMentions(value).some((n) => n.span.trim() === value);
}
