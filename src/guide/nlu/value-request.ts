/**
 * Requests phrased as questions that carry a value for the service to act on ("can you find one in San Jose?",
 * "do you have anything by Prince?", "what's the forecast in Hayward?"): unlike a question about the form, the
 * business, the options or why ("is this for the Crumb & Co job ad?"), their words may fill free text.
 */

import { splitSentences } from './sentence-split.js';

/** Fillers that may lead a question ("so", "ok", "hmm"). */
const LEADING_FILLER =
  /^(?:(?:sorry|um+|uh+|hmm+|oh|ok(?:ay)?|so|wait|and|but|also|actually|well|hey|great|cool|nice)[,\s]+)+/i;

/** Words for "some item" after which a request names what it wants ("anything by …", "one in …"). */
const SOME = String.raw`(?:any(?:thing|one|where)?|some(?:thing|one|where)?|one|ones|a|an|other|more)`;

/** A preposition that ties the value to the thing asked for ("in Hayward", "by Prince", "near the park"). */
const TIE = String.raw`(?:in|at|near|around|by|from|for|on|with|to|about)`;

const VALUE_REQUESTS: RegExp[] = [
  // "can you find one in San Jose?", "could you look for flights to Denver?", "would you book a table at Nopa?"
  /^(?:can|could|would|will)\s+(?:you|we|i)\s+(?:please\s+)?(?:find|search|look|get|book|reserve|show|play|recommend|suggest|check)\b/i,
  // "do you have anything by Ryutaro Nakahara?", "does it have one with a pool?"
  new RegExp(String.raw`^do(?:es)?\s+(?:you|they|it)\s+(?:have|got|carry|sell|stock|offer)\s+${SOME}\b`, 'i'),
  // "are there any in Napa?", "is there something near the station?"
  new RegExp(String.raw`^(?:is|are)\s+there\s+${SOME}\b.*\b${TIE}\s+[\p{L}\p{N}]`, 'iu'),
  // "what is the forecast in Hayward?", "how's the weather like in Paris?", "what's playing at the Castro?"
  new RegExp(
    String.raw`^(?:what|how)(?:'s|s|\s+is|\s+are|\s+was|\s+will\s+be)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:like\s+)?${TIE}\s+[\p{L}\p{N}]`,
    'iu',
  ),
];

/**
 * Whether one of the sentences of `text` asks the guide to find, show or book something and names what
 * with a value ("can you find one in San Jose?", "do you have anything by Prince?", "what is the forecast in
 * Hayward?"). False for questions about the form or its business ("is this for the Crumb & Co job ad?",
 * "what's the difference between plated and buffet?", "why do you need my email?").
 */
export function requestsWithValue(text: string): boolean {
  return splitSentences(text).some((sentence) => {
    const s = sentence
      .trim()
      .replace(/[\u2019]/g, "'")
      .replace(LEADING_FILLER, '');
    return VALUE_REQUESTS.some((re) => re.test(s));
  });
}
