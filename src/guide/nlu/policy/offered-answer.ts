import type { Field } from '../../../core/wizard/definition.js';
import { isFreeText } from './free-text.js';
import type { Candidate, ExtractContext, Nlu } from './plan.js';

/** Field types whose values a question may ask about rather than offer ("is parking available?"). */
const CHOICE_TYPES = new Set<Field['type']>(['single_select', 'multi_select', 'boolean']);

/**
 * A question that puts a value forward for approval: "is 3pm ok?", "does Tuesday work?", "would Saturday
 * 19th December be possible?", "is the 14th convenient?".
 */
export const PROPOSES =
  /\b(?:ok(?:ay)?|fine|alright|all right|acceptable|allowed|enough|do|work|possible|convenient|available|free|suit(?: you)?)(?:\s+(?:here|there|now|then|for (?:me|us|you)))?\s*[?.!]*\s*$/i;

/**
 * A request for the visit at a time: "can they get there around nine?", "could you come by 10?". Asked a
 * choice whose options are ranges (an arrival window), the time said is put forward as the answer.
 */
const REQUEST_AT =
  /^\s*(?:can|could|would|will)\s+(?:you|they|someone|(?:the|your)\s+\w+)\s+(?:\w+\s+){0,3}?(?:at|around|about|by|before|after|from)\s+\S/i;

/** Extractors that place a number or a time in the option whose range holds it (not option words). */
const RANGE_EXTRACTORS = new Set(['range-option', 'unit-range-option', 'quantity-option']);

/**
 * The value a question offers for the asked field, as its answer: "would Saturday 19th December be
 * possible?" asked the viewing date → 2026-12-19; "is 3pm ok?" asked the time → 15:00. Null when the question
 * offers nothing for approval ("is it a problem if I am a student?"), when the asked field takes free text
 * (its words would be the question itself) or is a choice ("is parking available?" asks about the option),
 * or when the asked field reads no value from it.
 */
export function offeredAnswer(
  question: string,
  asked: Field | undefined,
  nlu: Nlu,
  extract: ExtractContext,
): Candidate | null {
  if (!asked || isFreeText(asked)) return null;
  // "can they get there around nine?" asked the arrival window: the time is placed in its range
  if (CHOICE_TYPES.has(asked.type) && REQUEST_AT.test(question)) {
    const c = read(question, asked, nlu, extract);
    return c && RANGE_EXTRACTORS.has(c.extractor) ? c : null;
  }
  if (CHOICE_TYPES.has(asked.type) || !PROPOSES.test(question.trim())) return null;
  return read(question, asked, nlu, extract);
}

/** The asked field's value read from the question. */
function read(question: string, asked: Field, nlu: Nlu, extract: ExtractContext): Candidate | null {
  try {
    return nlu.extractForField(question, asked, extract);
  } catch {
    return null;
  }
}
