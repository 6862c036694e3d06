import type { Field } from '../../../core/wizard/definition.js';
import type { Candidate } from '../extract/types.js';
import { UNIT_WORDS, TEEN_WORDS, TENS_WORDS } from '../extract/number-lexicon.js';
import { spansOverlap } from './spans.js';

/**
 * A number read from the words of another field's option: "one-off" or "just the once" asked how many
 * bedrooms is the frequency One-off, not 1 bedroom. Pure.
 *
 * Reads: the asked number field's candidate and the option candidates found elsewhere in the utterance
 * (matched by their words: verbatim, fuzzy or distinctive). Leaves alone: a bare numeral that is itself an
 * option's words ("2" or "two" for an option "2"), and numbers outside any option's words ("one-off, 3
 * bedrooms" keeps the 3).
 */

const OPTION_WORDS = new Set(['verbatim-option', 'fuzzy-option', 'distinctive-option']);
const NUMERALS = new Set([
  ...Object.keys(UNIT_WORDS),
  ...Object.keys(TEEN_WORDS),
  ...Object.keys(TENS_WORDS),
]);

/** Whether `span` is only a numeral ("3", "three"): as an option's words it is a number said, not a phrase. */
function isBareNumeral(span: string): boolean {
  const s = span.trim().toLowerCase();
  return /^\d+(?:\.\d+)?$/.test(s) || NUMERALS.has(s);
}

/**
 * Whether the number candidate `c` for the number `field` was read inside the words of an option of another
 * field among `others` ("one-off" → One-off, "once" → just once): those words choose the option.
 */
export function isNumberOfOption(c: Candidate, field: Field, others: Candidate[]): boolean {
  if (field.type !== 'number' || typeof c.value !== 'number' || !c.span) return false;
  return others.some(
    (o) =>
      o.field !== c.field &&
      OPTION_WORDS.has(o.extractor) &&
      !!o.span &&
      !isBareNumeral(o.span) &&
      spansOverlap(o.span, c.span),
  );
}
