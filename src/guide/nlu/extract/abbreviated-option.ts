import type { Option } from '../../../core/wizard/definition.js';
import { STOPWORDS, abbreviates, tokens } from './normalize.js';
import { isKnownWord } from './known-word.js';

/**
 * A short answer to an asked select written clipped or without vowels: "hous" for "House", "wkly" for
 * "Weekly", "apt" for "Apartment". Pure.
 */

/**
 * The one option with a phrase that the content words of `utterance`, run together, abbreviate (`abbreviates`:
 * same first letter, its letters in order), given `phrases` (each option's phrases, as `optionPhrases`). Words that are
 * English words of their own ("hose" is no "house") never abbreviate; null when no word is left, or when
 * none or several options fit.
 */
export function abbreviatedOption(
  utterance: string,
  options: Option[],
  phrases: (option: Option) => string[],
): { option: Option; span: string } | null {
  const words = tokens(utterance).filter((t) => !STOPWORDS.has(t));
  if (!words.length || words.some((w) => /\d/.test(w) || isKnownWord(w))) return null;
  // the whole answer clips a whole phrase: "hous" is "house", not the "house" of "town house"
  const said = words.join('');
  if (said.length < 3) return null;
  const fits = options.filter((o) => phrases(o).some((p) => abbreviates(said, p.replace(/[^a-z0-9]+/g, ''))));
  return fits.length === 1 ? { option: fits[0]!, span: words.join(' ') } : null;
}
