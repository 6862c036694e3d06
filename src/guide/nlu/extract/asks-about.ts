/**
 * Questions that ask about something instead of asking for it: "is it furnished?", "what's the pet
 * policy", "what's the difference between the oil change and the full service?", "which is better, X or
 * Y?". The things they name are not chosen: the person asks, they do not inform. Requests phrased as
 * questions ("can you find me one with wifi?", "could you drop it at my office?") are no such questions.
 */

/** Words a question may open with before its question word: "and", "oh", "quick question", "sorry". */
const OPENERS = 'and|also|so|ok(?:ay)?|hmm+|um+|oh|sorry|wait|actually|quick question';

/** `^` and any openers (plus `extra` alternatives), then `head` as a whole word. */
const opened = (head: string, extra = ''): RegExp =>
  new RegExp(`^\\W*(?:(?:${OPENERS}${extra})\\W+)*(?:${head})\\b`, 'i');

const ASKS_ABOUT = opened(
  "is|are|does|do|did|has|have|was|were|will|would it|what|what's|whats|which|how|tell me|let me know|i (?:want|need|would like|'d like) to know|i wonder|could you tell|can you tell|please tell|explain|(?:find out|check|see|ask) (?:whether|if)",
  '|great|thanks?|cool|please|(?:can|could|would) you',
);

/** A request phrased as a question: "can you find me one with wifi?", "could you look for …". */
const REQUESTS =
  /\b(?:find(?! out)|search|look(?:ing)? for|book|reserve|suggest|recommend|get me|show me)\b|\b(?:is|are) there\b|\b(?:anything|something|somewhere|anywhere)\b|\bi (?:want|need|would like|'d like|prefer)\b|\bpreferably\b/i;

/**
 * Comparing or asking what options mean: "the difference between X and Y", "what does X mean", and the same
 * in clipped or learner's English: "what mean X?", "what means X?", "X means what?", "the meaning of X"; or
 * what one gives: "what would advanced let me change?", "what does premium include?", "what comes with X?".
 */
const ABOUT_OPTIONS =
  /\b(?:difference between|differences between|compared? (?:to|with)|versus|vs\.?|what (?:does|do|is|are) (?:a |an |the )?[\w\s-]{1,40}\bmean|what(?:'s| is)? (?:the )?mean(?:s|ing)?\b|means what|meaning of|what(?:'s| is) (?:included|involved) in|which (?:one |of them |of those )?(?:is|would be|'s) (?:better|best|cheaper|quicker|faster)|what (?:would|does|do|will|can|could) (?:the )?[\w\s-]{1,30}\b(?:let (?:me|us) (?:change|do|set|tune)|allow|give (?:me|us)|include|cover|offer|involve|do for)|what (?:comes|do (?:i|we|you) get) with)\b/i;

/**
 * What something is, does or is like, asked of a thing (not of "you"/"I"): "what does a shift supervisor
 * actually do?", "what would the deep clean involve?", "what does the energetic one sound like?", "what's a
 * bungalow?", "what is front of house exactly?".
 */
const WHAT_IT_IS =
  /\bwhat (?:does|would|will|do) (?!(?:you|i|we)\b)(?:a |an |the )?[\w\s-]{1,40}\b(?:do|involve|entail|(?:sound|look|feel|taste|smell)s? like)\b|\bwhat(?:'s| is) (?:a|an)\b/i;

/**
 * Whether `sentence` asks about something rather than for it: "Is it furnished?" → true; "what's the
 * difference between the oil change and the full service?" → true; "can you find one with wifi?" → false;
 * "could you drop it at my office?" → false.
 */
export function asksAbout(sentence: string): boolean {
  const s = sentence.trim();
  return ABOUT_OPTIONS.test(s) || WHAT_IT_IS.test(s) || (ASKS_ABOUT.test(s) && !REQUESTS.test(s));
}

/**
 * Whether `sentence` compares options or asks what one is or gives ("what's the difference between the
 * Fibre 300 and the 500?", "what does premium include?", "what's a bungalow?"), the narrow core of
 * `asksAboutOptions` without its yes/no questions ("is 3pm free?" may still offer 3pm).
 */
export function comparesOptions(sentence: string): boolean {
  const s = sentence.trim();
  return ABOUT_OPTIONS.test(s) || WHAT_IT_IS.test(s);
}

/** A yes/no question about how things are: "is the office in Portland?", "do you do MOTs on site?". */
const YES_NO_QUESTION = opened('is|are|does|do|did|was|were|has|have');

/**
 * Whether `sentence` asks about the options rather than choosing one: it compares them or asks what they
 * mean ("what's the difference between the oil change and the full service?"), or is a yes/no question
 * about how things are ("is the office in Portland Oregon or Portland Maine?"), not a request. A question
 * that only names what it wants ("can you tell me the balance of my checking?") still chooses.
 */
export function asksAboutOptions(sentence: string): boolean {
  const s = sentence.trim();
  return ABOUT_OPTIONS.test(s) || WHAT_IT_IS.test(s) || (YES_NO_QUESTION.test(s) && !REQUESTS.test(s));
}

/**
 * Whether the sentences of an utterance ask about the options rather than choose one: one asks about them
 * (see `asksAboutOptions`) and the others are questions too, not requests ("what means deep clean? it is
 * more expensive?", "what's included in the full service? the oil too?").
 */
export function asksAboutChoices(sentences: string[]): boolean {
  if (!sentences.some(asksAboutOptions)) return false;
  return sentences.every((s) => asksAboutOptions(s) || (/\?\s*$/.test(s.trim()) && !REQUESTS.test(s)));
}

/** Whether a sentence is phrased as a request ("can you find …", "I'd like …"), even when it ends in "?". */
export function requests(sentence: string): boolean {
  return REQUESTS.test(sentence);
}
