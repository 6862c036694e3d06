import type { Field } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { escapeRegExp } from '../extract/normalize.js';
import { findDate } from '../extract/dates.js';
import { parseNumber } from '../extract/numbers.js';
import { fieldNamedIn } from '../intents.js';
import type { ExtractContext } from '../extract/types.js';
import type { Candidate } from './plan.js';
import { splitSentences } from '../sentence-split.js';
import { REPLACING_WORDS } from '../extract/replacing-words.js';

/**
 * A value given in place of one the person refuses by its words: "it's Acme Labs, not Acme Lab", "Ana
 * Souza instead of Ana Sousa", "not Ana Sousa but Ana Souza". The refused words are the current value of an
 * answered field, so that field takes the new words, whatever was asked. Pure.
 */

/** The words that set a value aside, right before it ("X, not Y", "X instead of Y"). */
const REFUSING = new RegExp(String.raw`(?:^|[\s,;—–-])(?:${REPLACING_WORDS})\s+(?:the\s+)?$`, 'i');

/** A word that may start a refusal (see REFUSING). */
const REFUSAL_WORD = /\b(?:not|instead|rather|place)\b/i;

/**
 * Lead-ins of the new value, dropped before it is read ("it's", "no, it should be", "make it", a heading
 * of up to three words before a colon: "one change:", "correction:").
 */
const LEAD =
  /^(?:(?:[a-z']+\s+){0,2}[a-z']+\s*:\s*)?(?:(?:no|nope|sorry|oops|actually|wait|so|well|oh|and|also|ok(?:ay)?)[,\s]+)*(?:(?:it|that|this)(?:'s|’s| is| should be| should have been)|(?:make|call) it|(?:it|that)'?s? actually)?\s*/i;

/** The sentence around `at` in `text`: its start and end offsets. */
function sentenceAround(text: string, at: number): [number, number] {
  const start = Math.max(...['. ', '! ', '? ', '; '].map((b) => text.lastIndexOf(b, at - 1) + 1), 0);
  const ends = ['. ', '! ', '? ', '; '].map((b) => text.indexOf(b, at)).filter((i) => i >= 0);
  return [start, ends.length ? Math.min(...ends) : text.length];
}

/** The words said instead of the refused value at [from, to) of `text`, or null when there are none. */
function newWords(text: string, from: number, to: number, refusedAt: number): string | null {
  const [start, end] = sentenceAround(text, from);
  const before = text
    .slice(start, refusedAt)
    .replace(REFUSING, '')
    .replace(/[\s,;:—–-]+$/, '');
  const cleaned = before.replace(LEAD, '').trim();
  if (cleaned) return cleaned;
  // "not Ana Sousa but Ana Souza", "not Acme Lab — Acme Labs"
  const after = text
    .slice(to, end)
    .replace(/^[\s,;:—–-]*(?:but\s+)?/i, '')
    .replace(LEAD, '')
    .replace(/[\s.!?]+$/, '')
    .trim();
  return after || null;
}

/** Where `words` are said right after a refusal ("not <words>") in `text`, as a whole; null when they are not. */
function refusal(text: string, words: string): RegExpExecArray | null {
  // cheap tests first: most utterances refuse nothing, and the pattern below is built per call
  if (!REFUSAL_WORD.test(text) || !text.toLowerCase().includes(words.toLowerCase())) return null;
  // whole words, not a part of an address ("ana" in "ana@old.example")
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}]|[\\p{L}\\p{N}][@._-])${escapeRegExp(words)}(?![\\p{L}\\p{N}]|[@._-][\\p{L}\\p{N}])`,
    'giu',
  );
  for (const found of text.matchAll(re))
    if (REFUSING.test(text.slice(0, found.index))) return found as RegExpExecArray;
  return null;
}

/**
 * Words that cannot be a name's part on their own: what people say around the new spelling ("the surname is
 * Nguyen", "it's spelled Nguyen with an e"). Documented word list: the grammar words of such sentences.
 */
const NO_PART =
  /^(?:is|was|it|its|it's|the|a|an|my|our|his|her|their|with|be|should|spelled|spelt|written|not)$/i;

/**
 * One word of a several-word value refused and replaced ("the surname is Nguyen not Nguyan btw" for "Lee
 * Nguyan"): the value with that word swapped for the plain word said nearest the refusal, before it ("Nguyen
 * not Nguyan") or after it ("not Nguyan but Nguyen"). Null when no word of the value is refused, no plain
 * word says the new one, or the words name another field ("the city is Lisbon, not Sousa").
 */
function replacedWord(text: string, value: string, field: Field, fields: Field[]): string | null {
  const parts = value.split(/\s+/);
  if (parts.length < 2) return null;
  for (const part of parts) {
    if (part.length < 3 || NO_PART.test(part)) continue;
    const found = refusal(text, part);
    if (!found) continue;
    // "not Blue Finch": several words of the value refused together are no one-word repair
    const next = /^\s+([\p{L}'-]+)/u.exec(text.slice(found.index + found[0].length))?.[1];
    if (next && parts.some((p) => p !== part && p.toLowerCase() === next.toLowerCase())) continue;
    const words = newWords(text, found.index, found.index + found[0].length, found.index);
    if (
      !words ||
      fieldNamedIn(
        words,
        fields.filter((f) => f !== field),
      )
    )
      continue;
    const after = text.indexOf(words, found.index + found[0].length) >= 0;
    const said = words.split(/[\s,;:]+/);
    const near = (after ? said : said.reverse()).find(
      (w) => /^\p{L}[\p{L}'-]+$/u.test(w) && !NO_PART.test(w),
    );
    if (!near || near.toLowerCase() === part.toLowerCase()) continue;
    return parts.map((p) => (p === part ? near : p)).join(' ');
  }
  return null;
}

/** Reads a field's value from words, optionally from another "today" (see `ExtractContext.referenceDate`). */
export type Reread = (text: string, field: Field, referenceDate?: Date) => Candidate | null;

/** The first day of an ISO date's month, at noon: days said alone are read forward from it, in that month. */
function monthStart(iso: string): Date {
  const [y, m] = iso.split('-').map(Number);
  return new Date(y!, m! - 1, 1, 12);
}

/** Where a refusal begins ("not", "instead of"), each followed by the refused words up to the clause's end. */
const REFUSAL =
  /(?:^|[\s,;—–-])(?:not|instead\s+of|rather\s+than)\s+((?:the\s+)?[^,;.!?]+?)(?=\s+but\b|[,;.!?]|$)/gi;

/**
 * "pick up is Wednesday the 21st, not the 20th": an answered date refused by a date said after "not" that
 * falls on it. Both the refused and the new words are read forward from the start of the answered date's
 * month, so a day said alone stays in that month.
 */
function replacedDate(text: string, field: Field, value: string, ctx: ExtractContext, reread: Reread) {
  const month = monthStart(value);
  for (const m of text.matchAll(REFUSAL)) {
    const refused = findDate(m[1]!, month, ctx.defaultRegion);
    if (refused?.date !== value) continue;
    const at = m.index! + m[0].indexOf(m[1]!);
    const words = newWords(text, at, at + m[1]!.length, at);
    const fix = words ? reread(words, field, month) : null;
    if (fix && fix.value !== value) return fix;
  }
  return null;
}

/** Refused words that are a number and at most two more words ("sixty", "60 people", "the 3 of them"). */
const SHORT_REFUSAL = /^\s*(?:\S+\s+){0,2}\S+\s*$/;

/**
 * "we'll be seventy-five, not sixty": an answered number refused by a number said after "not" that equals it
 * (in digits or words); the new words are read by the field's own reader.
 */
function replacedNumber(text: string, field: Field, value: number, reread: Reread) {
  for (const m of text.matchAll(REFUSAL)) {
    const words = m[1]!;
    if (!SHORT_REFUSAL.test(words.replace(/-/g, ' ')) || parseNumber(words)?.value !== value) continue;
    const at = m.index! + m[0].indexOf(words);
    const said = newWords(text, at, at + words.length, at);
    const fix = said ? reread(said, field) : null;
    if (fix && fix.value !== value) return fix;
  }
  return null;
}

/**
 * The candidate that replaces an answered field's value refused in `utterance` ("X, not <value>"), read
 * from the new words by `reread` (the field's own extractor); null when no answered value is refused, the
 * new words give nothing for the field, or they give the same value again. A date is refused by any words
 * that fall on it ("not the 20th"), a number by one that equals it ("seventy-five, not sixty").
 */
export function replacedValue(
  utterance: string,
  fields: Field[],
  snapshot: RunSnapshot,
  ctx: ExtractContext,
  reread: Reread,
): Candidate | null {
  const text = utterance.replace(/’/g, "'");
  for (const field of fields) {
    const view = snapshot.fields.find((v) => v.name === field.name);
    if (view?.answered && field.type === 'number' && typeof view.value === 'number') {
      const fix = replacedNumber(text, field, view.value, reread);
      if (fix) return { ...fix, confidence: Math.max(fix.confidence, 0.85), extractor: 'replaced-value' };
      continue;
    }
    if (!view?.answered || typeof view.value !== 'string' || view.value.trim().length < 2) continue;
    const value = view.value.trim();
    if (field.type === 'date') {
      const fix = replacedDate(text, field, value, ctx, reread);
      if (fix) return { ...fix, confidence: Math.max(fix.confidence, 0.85), extractor: 'replaced-value' };
      continue;
    }
    const found = refusal(text, value);
    const words = found
      ? newWords(text, found.index, found.index + found[0].length, found.index)
      : field.type === 'text'
        ? replacedWord(text, value, field, fields)
        : null;
    const fix = words ? reread(words, field) : null;
    if (!fix || String(fix.value).trim().toLowerCase() === value.toLowerCase()) continue;
    return { ...fix, confidence: Math.max(fix.confidence, 0.85), extractor: 'replaced-value' };
  }
  return null;
}

/**
 * The sentences of `utterance` that refuse nothing (no "not …", "instead of …", "rather than …"): "a smiling
 * grandmother with an apron. And for the name write only Tavola, not Bella Tavola" → "a smiling grandmother
 * with an apron.". '' when every sentence refuses something.
 */
export function outsideRefusal(utterance: string): string {
  const sentences = splitSentences(utterance);
  return sentences.filter((s) => ![...s.replace(/’/g, "'").matchAll(REFUSAL)].length).join(' ');
}
