import nlp from 'compromise';

/**
 * Whether a proper name is said as a place: after a preposition of place or motion ("to London", "from
 * Chicago", "in Lagos") when it is a known place (compromise's #Place) or a verb of moving leads to it
 * ("relocating from Chicago to Wexford", "we're moving to Tralee"). Such a name is no person's. Pure.
 */

/** A preposition of place or motion ending the words before a name: "to", "from", "in", "near" … */
const PLACE_PREPOSITION =
  /\b(?:to|from|in|into|at|near|around|towards?|via|across|outside|out of)\s+(?:the\s+)?$/i;

/** A verb of moving earlier in the same clause: "relocating from …", "we're moving to …", "flying into …". */
const MOTION = new RegExp(
  String.raw`\b(?:relocat\w*|mov(?:e|es|ed|ing)|go(?:es|ing)?|went|gone|head(?:s|ed|ing)?|travel\w*|fl(?:y|ies|ying|ew|own)|driv(?:e|es|ing)|drove|com(?:e|es|ing)|came|return\w*|emigrat\w*|visit\w*|leav(?:e|es|ing)|left|based|liv(?:e|es|ed|ing)|stay(?:s|ed|ing)?)\b[^,.;!?]*$`,
  'i',
);

/**
 * Whether `value`, said right after `before`, names a place: `before` ends with a preposition of place or
 * motion and `value` is a known place ("to London") or the clause moves there ("relocating to Wexford").
 * "send it to Maria", "a table for Dana" and "with Rohan Mehta" are no places.
 */
export function isPlaceMention(before: string, value: string): boolean {
  if (!PLACE_PREPOSITION.test(before)) return false;
  if (MOTION.test(before)) return true;
  const doc = nlp(value);
  return doc.has('#Place') && !doc.has('#Person');
}
