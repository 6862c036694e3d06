import { normalize } from './normalize.js';
import { REPLACING_WORDS } from './replacing-words.js';

/**
 * Words said under a negation: the word right after "no", "not", "without" or "non" (past an article,
 * "any"/"other" or degree adverbs: "not fully fenced", "not super urgent", "not that urgent at all"): "house, no yard" → yard; "House without a yard" → yard; "not the townhouse" → townhouse.
 * Option matching reads them with their polarity, so "no yard" chooses "House without a yard" and never
 * "House with a yard".
 */

/**
 * Degree words that soften or stress what follows without changing its polarity: "not *super* urgent", "not
 * *really that* urgent", "not *all that* big". The general class of English degree adverbs, up to two in a row.
 */
const DEGREE = String.raw`(?:(?:real|really|much|very|super|quite|too|so|that|all that|overly|particularly|especially|terribly|awfully|extremely|exactly|remotely|hugely|massively|incredibly|fully|completely|entirely|totally)\s+){0,2}`;

const NEGATED = new RegExp(
  String.raw`(?:^|[^a-z'])(?:no|not|without|non)[\s-]+(?:(?:a|an|the|any|other)\s+)?${DEGREE}([a-z][a-z0-9]*)`,
  'g',
);

/** The words of `text` said right after a negation, lowercased: "no yard at all" → {"yard"}. */
export function negatedWords(text: string): Set<string> {
  return new Set([...normalize(text).matchAll(NEGATED)].map((m) => m[1]!));
}

const NEGATED_DEGREE = new RegExp(
  String.raw`\b(not|no)\s+(?:(?:real|really|much|very|super|quite|too|so|that|all that|overly|particularly|especially|terribly|awfully|extremely|exactly|remotely|hugely|massively|incredibly|fully|completely|entirely|totally)\s+)+(?!ones?\b)(?=[a-z])`,
  'gi',
);

/**
 * `text` with the degree words after a negation dropped (see DEGREE): "not super urgent" → "not urgent",
 * "it's not really that urgent" → "it's not urgent"; "not that one" stays as said.
 */
export function withoutNegatedDegree(text: string): string {
  return text.replace(NEGATED_DEGREE, '$1 ');
}

/** A negation right before a span, past an article or degree adverbs ("no", "not the", "not really that"). */
const NEGATED_BEFORE = new RegExp(
  String.raw`(?:^|[^a-z'])(?:no|not|without|non)[\s-]+(?:(?:a|an|the|any|more)\s+)?${DEGREE}$`,
);

/**
 * Whether the words at `start` of `text` (an option's span) are negated: "no" / "not" / "without" right
 * before them ("no dogs" at "dogs", "not super urgent" at "urgent"), or a negated verb of having or needing ("don't get shots").
 */
export function negatedAt(text: string, start: number): boolean {
  const before = text.slice(0, start).toLowerCase();
  return NEGATED_BEFORE.test(before) || NEGATED_VERB.test(before);
}

/**
 * A verb of having or needing said negated right before the words ("birds don't really get shots", "he
 * doesn't need a bath"): what is denied is no choice.
 */
const NEGATED_VERB =
  /(?:^|[^a-z'])(?:don'?t|doesn'?t|didn'?t|won'?t|never)\s+(?:really\s+|usually\s+|even\s+)?(?:get|gets|need|needs|want|wants|have|has|take|takes)\s+(?:(?:a|an|the|any|more)\s+)?$/;

/** "instead of", "rather than", "in place of", "not": what follows is the value being replaced. */
const REPLACED = new RegExp(String.raw`(?:^|[^a-z'])(?:${REPLACING_WORDS})\s+(?:(?:a|an|the|my|our)\s+)?$`);

/**
 * "I don't want (to do) a", "we do not need the", "I no longer want", "I'd rather not have a": what follows is
 * refused. The verbs after "to" are the general ones of taking something (do, have, get, book, go with …).
 */
const REFUSED =
  /(?:^|[^a-z'])(?:(?:don'?t|do\s+not|doesn'?t|does\s+not|won'?t|no\s+longer)\s+(?:really\s+)?(?:want|need|fancy)|(?:(?:i|we|they|he|she)'d|would)\s+rather\s+not)\s+(?:to\s+)?(?:(?:do|have|get|give|book|take|go\s+(?:with|for)|pick|choose|run)\s+)?(?:(?:a|an|the|my|our|any)\s+)?$/;

/**
 * Whether the option at `start` of `text` is set aside rather than chosen: negated ("no dogs"), named as
 * the value replaced ("townhouse instead of apartment", "cats rather than dogs", "townhouse, not apartment"
 * at "apartment") or refused ("I don't want to do a workshop" at "workshop").
 */
export function setAsideAt(text: string, start: number): boolean {
  const before = text.slice(0, start).toLowerCase().replace(/[’]/g, "'");
  return negatedAt(text, start) || REPLACED.test(before) || REFUSED.test(before);
}
