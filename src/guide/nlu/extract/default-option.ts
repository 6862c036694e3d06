import type { Field } from '../../../core/wizard/definition.js';

/**
 * The option a choice field declares as its `default`, chosen by words that mean "the usual one": "normal
 * settings please", "the regular one", "just the usual", "standard is fine", "whatever's default". For the
 * asked field only, after its options' own words matched nothing (an option labelled "Regular clean" is
 * chosen by its label first). Nothing for a field with no default, a default that is no option, or the words
 * negated ("not the normal one", "nothing standard"). Documented word list: adjectives for "as it usually
 * is". Pure.
 */

const USUAL = /\b(?:normal|usual|regular|standard|default|typical|ordinary|basic|stock)\b/i;
const NEGATED = /\b(?:not|no|nothing|never|don't|dont|isn't|without)\s+(?:\w+\s+){0,2}$/i;

/** The default option's value of `field` when `utterance` asks for the usual one; null otherwise. */
export function defaultOptionAnswer(utterance: string, field: Field): string | null {
  if (field.default === undefined || field.default === null) return null;
  const option = field.options?.find((o) => o.value === field.default);
  if (!option) return null;
  const m = USUAL.exec(utterance);
  if (!m || NEGATED.test(utterance.slice(0, m.index))) return null;
  return option.value;
}
