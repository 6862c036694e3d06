/**
 * A count said as "only the speaker's own": "just mine", "only my car", "just my own" → 1, for a count of
 * things (vehicles, bikes, devices) when no number is said; "just me" counts no things ("no pets, just me").
 * Pure.
 */

/** Family and friends: "just my wife" names a person, not the speaker's one thing. */
const PERSON =
  /^(?:wife|husband|partner|spouse|son|daughter|kids?|children|mum|mom|dad|friends?|family|sister|brother)$/i;

/**
 * "just mine", "only my car", "just my own truck"; not a list going on with another's ("only mine
 * and his", "just my car and the truck"), nor a possessive ("just my dad's car").
 */
const SAID =
  /\b(?:just|only)\s+(?:(mine|my\s+own)\b|my\s+(?:own\s+)?([a-z]+)\b)(?!\s*,?\s*(?:and|&|plus|with)\s+(?:my|his|hers?|theirs?|the|a|an|one|two|another|someone|\w+['’]s)\b)(?!['’]s)/i;

/** Set phrases that are no count: "just my luck", "only my opinion". */
const IDIOM = /^(?:luck|opinion|thoughts?|guess|view|fault|problem|type|style|way|turn|job|word)$/i;

/**
 * The count 1 with the words that said it, when `utterance` says only the speaker's own thing (see the file
 * comment); null for a person ("just my wife"), an idiom ("just my luck") or a list ("only mine and his").
 */
export function ownOnly(utterance: string): { value: number; span: string } | null {
  const m = SAID.exec(utterance);
  if (!m) return null;
  const noun = m[2];
  if (noun && (PERSON.test(noun) || IDIOM.test(noun))) return null;
  return { value: 1, span: m[0] };
}
