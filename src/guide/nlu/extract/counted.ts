import type { Field } from '../../../core/wizard/definition.js';
import type { NumberMention } from './numbers.js';
import { abbreviates, contentStems, expandStem, fieldStems, stem, tokens } from './normalize.js';
import { textKind } from './text-kind.js';
import { picksFromGroup } from './countable.js';
import { TEEN_WORDS, TENS_WORDS, UNIT_WORDS } from './number-lexicon.js';

/** Fields that hold a count: numbers, ratings, sliders, options that are all numbers, and count text fields. */
export function isCountField(f: Field): boolean {
  if (['number', 'rating', 'slider'].includes(f.type)) return true;
  if (f.options?.length && f.options.every((o) => /^\d+$/.test(o.value))) return true;
  return f.type === 'text' && textKind(f) === 'count';
}

/** Words between a number and the noun it counts ("3 more people", "2 checked bags", "4 star hotel"). */
const MODIFIERS = new Set(['more', 'extra', 'checked', 'of', 'total', 'adult', 'in', 'a', 'the', 'separate']);

/** A number said in words starts the next count ("Williamstown 3016, three bedrooms": 3016 counts nothing). */
const NUMBER_WORDS = new Set([
  ...Object.keys(UNIT_WORDS),
  ...Object.keys(TEEN_WORDS),
  ...Object.keys(TENS_WORDS),
]);

/**
 * The field a number counts, read from the noun after it, or before "of" / "for" ("a party of 2"): the first
 * two words after the number (modifiers skipped) and that noun are scored against each field — a word of the field's name or label 2, a synonym or shortening ("2 bed 1 bth") of one 1, a word of its extraction hints 0.75, a word
 * of its description (the same word) 0.5 (with `withDescription`, for count text fields only) — and the head noun (the second word of a compound such as
 * "1 hotel room") counts half a point more. The one best field wins, with the words that name the count
 * (`span`: "2 checked bags", "party of 2"); a tie gives null, and so does a part picked out of a group ("one of
 * our members"). A noun after a comma or a stop is not the number's ("Flat 7, Riverside House").
 */
export function countedField(
  utterance: string,
  n: Pick<NumberMention, 'index' | 'span'>,
  fields: Field[],
  withDescription = false,
): { field: Field; noun: string; span: string } | null {
  // "one of our members": a part picked out of a group counts nothing asked
  if (picksFromGroup(utterance, n)) return null;
  // "65 pounds": a unit the number reader kept as a currency word is the counted noun
  const unit = /\s*\b(?:pounds?|dollars?|bucks|euros?)$/i.exec(n.span);
  const rest = utterance.slice(n.index + n.span.length - (unit?.[0].length ?? 0));
  // "Flat 7, Riverside House": a noun past a comma or a stop is no noun of the number
  const after = /^\s*[,;:.!?]/.test(rest) ? [] : tokens(rest).slice(0, 4);
  const words: string[] = [];
  for (const w of after) {
    if (/^\d/.test(w) || NUMBER_WORDS.has(w)) break;
    if (MODIFIERS.has(w) && words.length === 0) continue;
    words.push(w);
    if (words.length === 2) break;
  }
  // "one way", "two-way": a kind of trip, not a count
  if (words[0] === 'way') return null;
  const named = bestField(words, fields, withDescription);
  if (named) return named === 'tie' ? null : { ...named, span: unit ? n.span : `${n.span} ${named.noun}` };
  // "a party of 2", "a table for 4": with no noun after it, the counted noun comes before "of" / "for"
  const before = tokens(utterance.slice(0, n.index)).slice(-2);
  if (before.length < 2 || (before[1] !== 'of' && before[1] !== 'for')) return null;
  const lead = bestField([before[0]!], fields, withDescription);
  if (!lead || lead === 'tie') return null;
  return { ...lead, span: `${before[0]} ${before[1]} ${n.span}` };
}

/** The one field `words` name best (see countedField), `'tie'` for several, or null for none. */
function bestField(
  words: string[],
  fields: Field[],
  withDescription: boolean,
): { field: Field; noun: string } | 'tie' | null {
  let best: { field: Field; noun: string; score: number } | null = null;
  let tie = false;
  for (const field of fields) {
    // the field's own name and label; its extraction hints may name other counts too ("3x2 is 3 bedrooms, 2
    // bathrooms" on the bedrooms field), so a hint word counts less
    const own = fieldStems({ ...field, extraction_hints: [] }, false);
    const hinted = fieldStems(field, false);
    // a count text field's name rarely says what it counts ("stay_length": "Length of stay in days")
    const described =
      withDescription && field.type === 'text' && field.description ? contentStems(field.description) : [];
    let score = 0;
    let noun = '';
    words.forEach((w, i) => {
      const s = stem(w);
      const hit = own.includes(s)
        ? 2
        : own.some((o) => expandStem(s).has(o) || abbreviates(s, o) || abbreviates(w, o))
          ? 1
          : hinted.includes(s)
            ? 0.75
            : described.includes(s)
              ? 0.5
              : 0;
      const value = hit > 0 ? hit + (i === 1 ? 0.5 : 0) : 0;
      if (value > score) [score, noun] = [value, w];
    });
    if (score === 0) continue;
    if (!best || score > best.score) [best, tie] = [{ field, noun, score }, false];
    else if (score === best.score) tie = true;
  }
  if (!best) return null;
  return tie ? 'tie' : { field: best.field, noun: best.noun };
}
