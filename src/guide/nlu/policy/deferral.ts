import { stripFillers } from '../extract/normalize.js';

/**
 * Talk that puts something off: "ok, I upload the menu after", "we'll sort the photos out later", "I can
 * send it tomorrow". The speaker says what they will do another time; it answers no field. Pure.
 */

/** The speaker as subject, with a modal or future ("I", "I'll", "we can", "I'm going to"), typed any way. */
const SPEAKER =
  /^(?:i|we)(?:['’]ll|['’]m going to|['’]re going to|\s+will|\s+can|\s+could|\s+shall|\s+am going to|\s+are going to|ll)?\s+/i;
/** Adverbs that put an action off, ending the clause. */
const DEFERRED =
  /\b(?:later(?: on)?|after(?:wards?)?|tomorrow|tonight|another time|next time|some other time|soon)$/i;

/** Most words of an interjection before the clause ("ok", "great", "sure thing"). */
const INTERJECTION_WORDS = 2;

/**
 * Whether `text` is a clause in which the speaker says what they will do another time, after at most
 * short interjections ("ok, …", "great, …"): it opens with "I"/"we" and ends with a deferring adverb
 * ("later", "after", "tomorrow"). "I'll be home after 3pm" and "a fox in a hoodie" are not.
 */
export function isDeferral(text: string): boolean {
  const clauses = stripFillers(text)
    .replace(/[.!]+$/, '')
    .split(/\s*[,;:]\s*/);
  const last = clauses.pop() ?? '';
  if (clauses.some((c) => c.split(/\s+/).length > INTERJECTION_WORDS) || /[?.!]/.test(last)) return false;
  return SPEAKER.test(last) && DEFERRED.test(last);
}
