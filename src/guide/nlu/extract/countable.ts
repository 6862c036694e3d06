import { findNumberMentions, type NumberMention } from './numbers.js';

/**
 * The number mentions of an utterance that may be a quantity or an amount: not ordinals ("third"), not the
 * digit groups of a phone number ("608-555-0175"), and not "one" as a pronoun ("the third one", "this one").
 */

/** Runs of three or more digit groups joined by separators, seven digits or more: a phone number. */
const PHONE_LIKE = /\+?\(?\d{2,4}\)?(?:[\s.-]+\d{2,4}){2,}/g;

const PRONOUN_ONE =
  /\b(?:the|this|that|which|each|every|any|another|other|last|first|second|third|fourth|fifth|next|same|right|big|small|cheap|middle)\s+$/i;

/** Number mentions that can be a quantity or amount (see the file comment). */
export function countableMentions(utterance: string): NumberMention[] {
  const phones = [...utterance.matchAll(PHONE_LIKE)]
    .filter((m) => m[0].replace(/\D/g, '').length >= 7)
    .map((m) => [m.index!, m.index! + m[0].length] as const);
  return findNumberMentions(utterance).filter(
    (n) =>
      !n.ordinal &&
      !phones.some(([a, b]) => n.index >= a && n.index < b) &&
      !(/^one$/i.test(n.span) && PRONOUN_ONE.test(utterance.slice(0, n.index))),
  );
}
