import type { Field } from '../../../core/wizard/definition.js';
import { isOwnNameField } from '../extract/name-fields.js';
import { contentStems } from '../extract/normalize.js';
import { isEntityNameField } from '../extract/offered-entity.js';
import { describesCharacter, saysWhatLike } from './described-name.js';
import { withoutLooks } from './described-look.js';
import { freeTextAnswer, isFillerOnly, isFreeText } from './free-text.js';
import type { Candidate } from './plan.js';
import { type DescribedTurn, unsaidField } from './described-turn.js';

/**
 * A description given in answer to a name question, with no name in it: "I run a bakery and want a helper
 * for my customers that is cheerful and a bit cheeky, and always suggests the day's special" to "what would
 * you like to call it?". A careful listener keeps the description for the field that asks what the named
 * one is like (its personality) and asks for the name again, rather than guessing a name from its words.
 * Pure.
 */

/** Fewest content words of a description given instead of a name: a short reply may still be a name. */
const MIN_WORDS = 6;

/** Confidence of a value that would name the thing: below it, a word of the sentence is only a guess. */
const NAMED = 0.75;

/**
 * The value for the first unanswered character field (`describesCharacter`, not asked, not found) read from
 * `utterance` when it answers an asked name field of a thing (`isEntityNameField`, not the speaker's own) with
 * a description only: no value for that name of at least 0.75 was found, the utterance asks nothing, and
 * it holds at least 6 content words and a quality (`saysWhatLike`). Null otherwise. The caller drops the
 * guesses (< 0.75) for the asked free-text fields.
 */
export function describedUnnamed(turn: DescribedTurn): Candidate | null {
  const { nlu, utterance, found, asked, fields, snapshot, extract: ctx } = turn;
  const view = (name: string) => snapshot.fields.find((f) => f.name === name);
  const named = asked.find((f) => isEntityNameField(f) && !isOwnNameField(f) && !view(f.name)?.answered);
  if (!named || found.some((c) => c.field === named.name && c.confidence >= NAMED)) return null;
  if (/\?/.test(utterance)) return null;
  const target = unsaidField(turn, describesCharacter);
  if (!target) return null;
  // the typed values said along (an email, a number) are no words of the description
  const typed = found.filter((c) => {
    const field = fields.find((f) => f.name === c.field);
    return !!field && !isFreeText(field);
  });
  // "… He should look like a fox in a scarf": the picture's words are no part of the character
  const d = freeTextAnswer(nlu, withoutLooks(utterance), target, typed, fields, ctx);
  if (!d || isFillerOnly(d.value)) return null;
  const words = contentStems(String(d.value)).filter((w) => /\p{L}/u.test(w));
  if (words.length < MIN_WORDS || !saysWhatLike(String(d.value))) return null;
  return { ...d, confidence: Math.max(d.confidence, 0.8) };
}

/** Whether `c` only guesses a value for an asked free-text field (below 0.75): dropped beside a description. */
export function isGuessFor(c: Candidate, asked: Field[]): boolean {
  return c.confidence < NAMED && asked.some((f) => f.name === c.field && isFreeText(f));
}
