import type { Field } from '../../../core/wizard/definition.js';
import { contentStems } from '../extract/normalize.js';
import { splitSentences } from '../sentence-split.js';
import { isLongText } from './embedded.js';
import { freeTextAnswer, isFillerOnly } from './free-text.js';
import type { Candidate } from './plan.js';
import { type DescribedTurn, unsaidField } from './described-turn.js';

/**
 * How the named one looks, said before it is asked: "Oh, and he should look like a plump cartoon baker with
 * a flour-dusted apron", "her avatar: a fox in a scarf". A careful listener keeps it for the field that asks
 * for its picture (an avatar, an image, its appearance) rather than asking for it again. Pure.
 */

/**
 * Words of a long free-text field's name, label or description that make it a description of looks (the
 * picture that shows the named one). A small list: such fields are named with one of these words.
 */
const LOOKS = new Set(
  contentStems('avatar picture image appearance look looks photo portrait illustration drawing icon'),
);

/** "(he) should look like", "looks like", "(it) could look a bit like": the words before a likeness. */
const LOOK_LIKE =
  /\b(?:look|looks|looking)\s+(?:(?:a\s+(?:bit|little)\s+|kind\s+of\s+|sort\s+of\s+|just\s+|exactly\s+)?like|as\s+if\s+(?:he|she|it|they)\s+(?:is|are|were|was))\s+/i;
/** "his avatar is", "her appearance should be", "picture of": a look named before its description. */
const LOOK_NAMED =
  /\b(?:(?:his|her|its|their|the)\s+(?:avatar|picture|image|appearance|look|icon|portrait)\s*(?:(?:is|should\s+be|would\s+be|will\s+be|could\s+be|can\s+be)\s+|[:=-]\s*)|(?:avatar|picture|image|portrait|drawing|illustration)\s+of\s+)/i;
/** A wish or a plan: "should", "will", "'ll", "could". */
const MODAL = String.raw`(?:\s+(?:should|will|would|must|could|can|might)|['’]ll)`;
/**
 * A subject before "look like": "he" or "she" (a character), or "it", "they" or a name with a wish ("it
 * should look like"); "it looks like rain", "this looks like a good form" point at no one.
 */
const SUBJECT = new RegExp(
  String.raw`(?:^|[\s,;])(?:(?:[Hh]e|[Ss]he)${MODAL}?|(?:[Ii]t|[Tt]hey|(?!This|That|These|Those|There)[A-Z][\w-]*)${MODAL})\s+$`,
);
/** A likeness that is a thing: it starts with an article, a quantity or a quality, never a clause. */
const CLAUSE_START = /^(?:i|we|you|he|she|they|it|i['’]\w+|we['’]\w+|it['’]s|there|that|this)\b/i;

/** Whether a long free-text field asks how the named one looks: its texts hold a word of {@link LOOKS}. */
export function describesLook(field: Field): boolean {
  if (!isLongText(field)) return false;
  const text = `${field.name.replace(/_/g, ' ')} ${field.label} ${field.description ?? ''}`;
  return contentStems(text).some((w) => LOOKS.has(w));
}

/**
 * The look said in `sentence`, or null: the words after "look(s) like" (a subject before it, a thing after
 * it: "it looks like I'll be late" is none) or after a named look ("his avatar: …", "a picture of …"), to
 * the sentence's end, without its closing punctuation.
 */
export function lookIn(sentence: string): string | null {
  const like = LOOK_LIKE.exec(sentence);
  if (like && SUBJECT.test(sentence.slice(0, like.index))) {
    const rest = sentence.slice(like.index + like[0].length);
    if (!CLAUSE_START.test(rest)) return clean(rest);
  }
  const named = LOOK_NAMED.exec(sentence);
  return named ? clean(sentence.slice(named.index + named[0].length)) : null;
}

const clean = (s: string) => s.replace(/[\s.!?,;]+$/, '').trim() || null;

/** `text` without its sentences that say a look (`lookIn`); the rest as said. */
export function withoutLooks(text: string): string {
  const all = splitSentences(text);
  const kept = all.filter((s) => !lookIn(s));
  return kept.length === all.length ? text : kept.join(' ').trim();
}

/** Fewest content words of a look: "like him" says nothing. */
const MIN_WORDS = 2;

/**
 * The value for the first unanswered look field (`describesLook`; not asked, not found) from the first
 * sentence of `utterance` that says a look (`lookIn`), read as that field's answer; at least two content
 * words, no pleasantries only. Null when none. `asked`, `found`: the fields asked and the values found.
 */
export function describedLook(turn: DescribedTurn): Candidate | null {
  const { nlu, utterance, fields, extract: ctx } = turn;
  const target = unsaidField(turn, describesLook);
  if (!target) return null;
  for (const sentence of splitSentences(utterance)) {
    const said = lookIn(sentence);
    if (!said || contentStems(said).filter((w) => /\p{L}/u.test(w)).length < MIN_WORDS) continue;
    const d = freeTextAnswer(nlu, said, target, [], fields, ctx);
    if (d && !isFillerOnly(d.value)) return { ...d, confidence: Math.max(d.confidence, 0.8), span: sentence };
  }
  return null;
}
