import type { Field } from '../../../core/wizard/definition.js';
import type { Candidate } from './plan.js';

/**
 * An option named as a thing picked out of a list: "the friendly american woman", "the professional one",
 * "the calm voice" — "the", then only words of one option's label or synonyms, then a head noun that
 * stands for the option ("one", a word of its own, or a noun for a voice or a person). Said so, the words
 * choose that option even inside a description; a description's own phrase ("cite the policy handbook", "a
 * friendly face") is none. Pure.
 */

/** Nouns that stand for a picked option: the pronoun "one", the list's own words, a voice or a person. */
const HEAD_NOUNS = new Set([
  'one',
  'option',
  'choice',
  'voice',
  'woman',
  'man',
  'lady',
  'guy',
  'gentleman',
  'girl',
  'boy',
]);

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * The phrase of `utterance` that says `c` (an option of a select in `fields`) as a picked-out option ("the
 * friendly american woman"): "the <option words> <head noun>", holding the candidate's span. Null for
 * other fields, candidates without a span, and option words that only occur elsewhere.
 */
export function choicePhrase(c: Candidate, utterance: string, fields: Field[]): string | null {
  const field = fields.find((f) => f.name === c.field);
  const option = field?.options?.find((o) => o.value === c.value);
  if (!option || !c.span) return null;
  const own = new Set([option.label, ...(option.synonyms ?? [])].flatMap(words));
  const span = words(c.span);
  for (const m of utterance.matchAll(/\bthe\s+([\p{L}\p{N}' -]+?)(?=\s*(?:[,.;:!?…]|$))/giu)) {
    const said = words(m[1]!);
    const head = said[said.length - 1];
    const body = said.slice(0, -1);
    if (!head || body.length === 0 || body.length > 4) continue;
    if (!HEAD_NOUNS.has(head) && !own.has(head)) continue;
    if (!body.every((w) => own.has(w))) continue;
    if (span.every((w) => w === 'the' || said.includes(w))) return m[0];
  }
  return null;
}

/** Whether `c` is said as a picked-out option (see `choicePhrase`). */
export function namedAsChoice(c: Candidate, utterance: string, fields: Field[]): boolean {
  return choicePhrase(c, utterance, fields) !== null;
}

/**
 * `c` with the whole phrase that picks its option out as its span ("american" → "the friendly american
 * woman"), so the phrase stands as a clause of its own; `c` itself when it is said no such way.
 */
export function withChoicePhrase(c: Candidate, utterance: string, fields: Field[]): Candidate {
  const phrase = choicePhrase(c, utterance, fields);
  return phrase ? { ...c, span: phrase } : c;
}
