import nlp from 'compromise';
import type { Field } from '../../../core/wizard/definition.js';
import { isOwnNameField } from '../extract/name-fields.js';
import { isEntityNameField } from '../extract/offered-entity.js';
import { isBorrowedOptionWord } from './answers.js';
import { isLongText } from './embedded.js';
import { withoutLooks } from './described-look.js';
import { splitSentences } from '../sentence-split.js';
import { contentStems, escapeRegExp } from '../extract/normalize.js';
import { freeTextAnswer, isFillerOnly, isFreeText } from './free-text.js';
import type { Candidate } from './plan.js';
import { type DescribedTurn, unsaidField } from './described-turn.js';

/**
 * A description said right after a name: "a tutor called Professor Maple who's gentle and patient with
 * kids", "named Rex, he's a grumpy but lovable pirate", "Nova - calm, upbeat, a bit nerdy". A careful
 * listener keeps the description for the field that asks what the named one is like (its personality,
 * temperament, character) instead of asking for it again. Pure.
 */

/**
 * Words of a long free-text field's name, label or description that make it a description of character
 * (how the named one is, talks, behaves). A small list: such fields are named with one of these words.
 */
const CHARACTER = new Set(
  contentStems(
    'personality temperament character behaviour behavior manner manners tone nature demeanour demeanor ' +
      'disposition attitude persona vibe',
  ),
);

/** "who's", "that is", "which will be", "who'd be like": a relative clause describing the name just said. */
const RELATIVE =
  /^(?:who|that|which)(?:['’]s|['’]ll be|['’]d be|\s+(?:is|will be|should be|would be|must be))\s+(?:like\s+)?/i;
/** "he's", "she is", "it should be", "they're", "she'd be like": a clause about the name just said, after a break. */
const PRONOUN =
  /^(?:he|she|it|they)(?:['’]s|['’]re|['’]ll be|['’]d be|\s+(?:is|are|will be|should be|would be|must be|can be))\s+(?:like\s+)?/i;
/** A break between the name and what follows: comma, dash, semicolon, colon, full stop. */
const BREAK = /^\s*(?:[,;:.!]|\s[-–—]|[-–—])\s*/;
/** "Oh, and", "also", "plus": words that lead a later sentence without saying anything. */
const LATER_LEAD = /^(?:(?:oh|and|also|plus|btw|so|well|ah)\b[\s,]*)+/i;
/** "he should", "she will", "it must always": a wish for how the named one acts, before a verb. */
const WISH =
  /^(?:he|she|it|they)(?:['’]ll|\s+(?:should|will|would|must|can|could))\s+(?:always\s+|never\s+)?/i;

/**
 * A wish for how it sounds, looks or what it has or uses, to the clause's end: "sound warm and calm,", "have
 * the warm, calm female voice" (another field's words, not its character's).
 */
const SOUNDS = /^(?:sound|sounds|have|has|use|uses|look|looks)\b[^,;.!?]*[,;.!?]?/i;

/**
 * Adjectives that point at something rather than describe it ("next Friday", "last time", "same as before"):
 * compromise tags them adjectives.
 */
const POINTING = /^(?:next|last|first|other|same|such|own|previous|following)\b/i;
/** Fewest content words a description holds: one adjective is a vibe, not a description. */
const MIN_WORDS = 2;

/**
 * The description in `after` (the words right after a name), or null: a relative clause ("who's gentle …"),
 * or after a break a clause about it ("he's a grumpy … pirate"), an appositive ("a fast-talking sports
 * commentator …") or a list led by an adjective ("calm, upbeat, a bit nerdy"). The words as said from
 * the clause's first descriptive word on, to the end of the utterance.
 */
export function descriptionAfterName(after: string): string | null {
  const relative = RELATIVE.exec(after.trimStart());
  if (relative) return after.trimStart().slice(relative[0].length).trim() || null;
  const broken = BREAK.exec(after);
  if (!broken) return null;
  const rest = after.slice(broken[0].length);
  // "he's a grumpy pirate", and a wish for how it acts: ". He should explain physics patiently"
  const pronoun = PRONOUN.exec(rest) ?? WISH.exec(rest);
  if (pronoun) {
    const said = rest.slice(pronoun[0].length);
    // "she should sound warm and calm, and she must be polite": how it sounds is the voice's, what it has
    // another field's ("she should have the warm, calm female voice"); what follows describes
    const voice = SOUNDS.exec(said);
    if (!voice) return said.trim() || null;
    const next = said.slice(voice[0].length).replace(/^\s*(?:and|but|also)\s+/i, '');
    const lead = PRONOUN.exec(next) ?? WISH.exec(next);
    return lead ? next.slice(lead[0].length).trim() || null : null;
  }
  if (/^(?:an?)\s+\S/i.test(rest)) return rest.trim();
  // the first word as tagged in its clause; an adjective that points ("next Friday") describes nothing
  const first = nlp(rest.split(/[,;.!?]/)[0] ?? '')
    .terms()
    .first();
  const lead =
    /^\p{Ll}/u.test(rest) && first.has('#Adjective') && !first.has('#Date') && !POINTING.test(rest);
  return lead ? rest.trim() : null;
}

/**
 * The description said in the sentences after the one that holds a name (`after`: the words right after it),
 * or null: the first later sentence that, past a lead ("Oh, and"), speaks of the named one by a pronoun or by
 * its `name` with a linking verb ("He should be cheerful …", "Baxter is a bit old-fashioned") or a wish ("she
 * will always greet …") and names no date, from its first describing word on, with the sentences after it.
 */
export function describedLater(after: string, name: string): string | null {
  const later = splitSentences(after).slice(1);
  const own = new RegExp(
    String.raw`^${escapeRegExp(name)}(?:['’]s|\s+(?:is|will be|should be|would be|must be|can be))\s+`,
    'i',
  );
  for (const [i, sentence] of later.entries()) {
    const body = sentence.replace(LATER_LEAD, '');
    const lead = PRONOUN.exec(body) ?? own.exec(body) ?? WISH.exec(body);
    // "It should be ready by Friday" says when, not what the named one is like
    if (!lead || nlp(body).has('#Date')) continue;
    return [body.slice(lead[0].length), ...later.slice(i + 1)].join(' ').trim() || null;
  }
  return null;
}

/** Whether a long free-text field asks what something is like: its texts hold a word of {@link CHARACTER}. */
export function describesCharacter(field: Field): boolean {
  if (!isLongText(field)) return false;
  const text = `${field.name.replace(/_/g, ' ')} ${field.label} ${field.description ?? ''}`;
  return contentStems(text).some((w) => CHARACTER.has(w));
}

/**
 * Values for the first unanswered character field (`describesCharacter`, not asked, not found) from a
 * description said right after a name found in `utterance` (`found`, for a name field of a thing: not the
 * speaker's own, `isOwnNameField`), or, when that field is on a later step, for a free-text field asked on
 * the name's step (not a name, unanswered, not found), read as that field's answer without the other values' words (option
 * words of a field not named stay: they are the description's). The description must hold at least two
 * content words, a quality (`saysWhatLike`) and no pleasantries only; its span is the clause as said. Empty
 * when none.
 */
export function describedWithName(turn: DescribedTurn): Candidate[] {
  const { nlu, utterance, found, asked, fields, snapshot, extract: ctx } = turn;
  const view = (name: string) => snapshot.fields.find((f) => f.name === name);
  const target = unsaidField(turn, describesCharacter);
  if (!target) return [];
  // "a dog called Dot, she's a miniature dachshund" asked the name and the breed: the description answers
  // the breed asked on the name's own step before a later step's note
  const askedHere = (name: string, later: Field): Field | undefined => {
    const step = view(name)?.step_id;
    if (!step || view(later.name)?.step_id === step) return undefined;
    return asked.find(
      (f) =>
        isFreeText(f) &&
        !isEntityNameField(f) &&
        // a value derived from another (a web address from the name) or held to a pattern is no description
        !f.derive &&
        !f.validation?.pattern &&
        view(f.name)?.step_id === step &&
        !view(f.name)?.answered &&
        !found.some((o) => o.field === f.name),
    );
  };
  for (const c of found) {
    const field = fields.find((f) => f.name === c.field);
    if (!field || !isEntityNameField(field) || isOwnNameField(field) || typeof c.value !== 'string') continue;
    const at = utterance.toLowerCase().indexOf(c.value.toLowerCase());
    if (at < 0) continue;
    const after = utterance.slice(at + c.value.length);
    // "He should look like a plump baker" is the picture's, not the character's
    const description = descriptionAfterName(after) ?? describedLater(after, c.value);
    const said = description ? withoutLooks(description) : null;
    if (!said) continue;
    // option words of the description ("calm" of "Warm and calm female") stay its words
    const others = found.filter(
      (o) =>
        o !== c &&
        o.span &&
        said.includes(o.span) &&
        isTyped(o, fields) &&
        !isBorrowedOptionWord(o, utterance, fields),
    );
    const into = askedHere(c.field, target) ?? target;
    const d = freeTextAnswer(nlu, said, into, others, fields, ctx);
    if (!d || isFillerOnly(d.value)) continue;
    const words = contentStems(String(d.value)).filter((w) => /\p{L}/u.test(w));
    if (words.length >= MIN_WORDS && saysWhatLike(String(d.value)))
      return [{ ...d, confidence: Math.max(d.confidence, 0.8), span: said }];
  }
  return [];
}

/**
 * Whether a description says what the named one is like: it holds a quality (a word compromise tags as an
 * adjective, not one that points: "next"). "a beagle, she's 6" only says what it is.
 */
export function saysWhatLike(text: string): boolean {
  return nlp(text)
    .match('#Adjective')
    .out('array')
    .some((w: string) => !POINTING.test(w));
}

/** Whether a candidate's field takes a typed value (a number, a date, an option), not free text. */
function isTyped(c: Candidate, fields: Field[]): boolean {
  const field = fields.find((f) => f.name === c.field);
  return !!field && !isFreeText(field);
}
