import type { Field, Option } from '../../../core/wizard/definition.js';
import type { Candidate } from './types.js';
import { normalize } from './normalize.js';
import { headWords } from './option-head.js';

/**
 * An option named by the kind of person an answer names: "my sister", "my cousin", "my nan" are family and "a
 * mate", "my best pal" a friend, so they choose "Friend or family" (or "Family", "A friend") when no option is
 * said by name. The words are closed classes (kin and friendship nouns of English); the option is the one whose
 * head (see `headWords`) has the kind's own word ("family", "friend", "relative").
 */

/** Kin nouns, singular or plural: a family member. */
const FAMILY =
  /\b(?:mum|mom|mam|mother|dad|father|parent|sister|brother|sibling|cousin|aunt|auntie|aunty|uncle|niece|nephew|nan|nana|nanna|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather|grandparent|grandson|granddaughter|grandchild|son|daughter|in-laws?|(?:mother|father|sister|brother|son|daughter)-in-law|step(?:mum|mom|dad|mother|father|sister|brother|son|daughter)|relative|relation|family)(?:s|es)?\b/;
/** Friendship nouns, singular or plural: a friend. */
const FRIEND = /\b(?:friend|mate|pal|buddy|bestie|bff|best\s+mate|best\s+friend)(?:s|ies)?\b/;

/** The words of an option's head that name each kind. */
const KIND_WORDS: Record<'family' | 'friend', ReadonlySet<string>> = {
  family: new Set(['family', 'relative', 'relation']),
  friend: new Set(['friend']),
};

/** The kinds of person `text` names (normalized): family, friend, or both. */
function kindsSaid(text: string): Array<'family' | 'friend'> {
  const out: Array<'family' | 'friend'> = [];
  if (FAMILY.test(text)) out.push('family');
  if (FRIEND.test(text)) out.push('friend');
  return out;
}

/**
 * The one option of `options` whose head names the kind of person `utterance` names ("my cousin" → "Friend or
 * family"), with the words that named it; null when it names none, or the kinds said choose two options.
 */
export function relationOption(
  utterance: string,
  options: Option[],
): { option: Option; span: string } | null {
  const text = normalize(utterance);
  const kinds = kindsSaid(text);
  if (!kinds.length) return null;
  const chosen = new Set<Option>();
  for (const kind of kinds)
    for (const option of options) {
      const head = headWords(option);
      if ([...KIND_WORDS[kind]].some((w) => head.has(w))) chosen.add(option);
    }
  if (chosen.size !== 1) return null;
  const said = (kinds.includes('family') ? FAMILY : FRIEND).exec(text)!;
  return { option: [...chosen][0]!, span: said[0] };
}

/**
 * A referral said of a person: the person recommended, told, suggested or referred ("my sister recommended
 * you", "a mate told us"), or was heard of from them ("heard from my cousin", "through a friend", "via my mum").
 * Unasked, a relation chooses an option only so.
 */
const REFERRAL =
  /\b(?:recommend(?:ed|s)?|told|tells?|suggested|referred|referral|(?:heard|found|learn(?:ed|t)|know)\s+(?:about\s+|of\s+)?(?:you\s+)?(?:from|through|via)|through|via|thanks\s+to)\b/;

/** The sentence of `utterance` that tells of a referral (see `REFERRAL`) by a relation, or null. */
export function referralSentence(utterance: string): string | null {
  return (
    normalize(utterance)
      .split(/[.!?;]+/)
      .find((s) => REFERRAL.test(s) && kindsSaid(s).length > 0) ?? null
  );
}

/**
 * The option a referral by a relation chooses ("heard from my cousin" → "Friend or family"; see
 * `relationOption`), for the one single select not yet in `out` that has an option of the relation's kind.
 */
export function referralCandidates(utterance: string, fields: Field[], out: Candidate[]): Candidate[] {
  const sentence = referralSentence(utterance);
  if (!sentence) return [];
  const found = fields.flatMap((f) => {
    if (f.type !== 'single_select' || !f.options?.length || out.some((c) => c.field === f.name)) return [];
    const hit = relationOption(sentence, f.options);
    return hit
      ? [
          {
            field: f.name,
            value: hit.option.value,
            confidence: 0.75,
            extractor: 'relation-option',
            span: hit.span,
          },
        ]
      : [];
  });
  return found.length === 1 ? found : [];
}
