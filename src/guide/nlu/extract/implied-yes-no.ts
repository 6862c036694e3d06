import { detectYesNo } from './yes-no.js';
import { normalize } from './normalize.js';
import { SPEAKER_HAS } from './speaker-has.js';
import { NO_WORDS, YES_WORDS } from '../yes-no-words.js';

/**
 * Yes/no answers said without "yes" or "no" up front, for an asked yes/no field:
 * - a later clause that answers on its own: "We have house with three bedroom. No animals." → false;
 * - how often, for a question about having done something: "just the one, at a local meetup" → true,
 *   "a few times", "twice", "3 times" → true; "never", "not yet", "it'd be my first time" → false;
 * - holding the thing asked about, named by a pronoun: "I have one, it's good until May", "we do have them"
 *   → true (not "I have a question", "I have to check"; a noun is left to the topic readers).
 * Returns null when the utterance says neither.
 */

const HOW_OFTEN =
  /\b(?:once|twice|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a dozen|a (?:few|couple)(?: of)?|several|many|lots of|a lot of|loads of|plenty of|dozens of|hundreds of|countless|multiple|a handful of)\s+times|(?:just|only) (?:the )?one\b(?! (?:of|thing|question))|a (?:few|couple) of (?:them|talks|times))/;
const NOT_EVER =
  /\b(?:never|not (?:yet|ever)|(?:haven't|have not|hasn't|has not)(?: \w+){0,3} (?:yet|ever|before)|(?:my|our) first (?:time|one)|(?:the|a) first time|first[- ]timer?)\b/;

const HOLDS = new RegExp(
  String.raw`^(?:(?:oh|well|ok(?:ay)?|so|and)[\s,]+)?${SPEAKER_HAS}\s+(?:one|it|them|those|that|mine|ours)\b`,
);

const OPENS_WITH_ANSWER = new RegExp(String.raw`^(?:${NO_WORDS}|${YES_WORDS}|none|not)\b`);

/** Whether a clause opens with its own yes or no ("no animals", "yes, two of them"). */
function opensWithAnswer(clause: string): boolean | null {
  if (!OPENS_WITH_ANSWER.test(clause)) return null;
  return detectYesNo(clause);
}

/** The yes/no `utterance` implies (see the file comment), or null. */
export function impliedYesNo(utterance: string): boolean | null {
  const text = normalize(utterance);
  const clauses = text
    .split(/[.!?;]+|,(?=\s)/)
    .map((c) => c.trim())
    .filter(Boolean);
  for (const clause of clauses.slice(1)) {
    const said = opensWithAnswer(clause);
    if (said !== null) return said;
  }
  if (NOT_EVER.test(text)) return false;
  if (HOW_OFTEN.test(text)) return true;
  return HOLDS.test(text) ? true : null;
}
