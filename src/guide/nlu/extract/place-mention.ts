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

/** Whether `before` (the words before a name) ends with a preposition of place or motion: "near", "in the". */
export function endsWithPlacePreposition(before: string): boolean {
  return PLACE_PREPOSITION.test(before);
}

/**
 * Whether `value`, said right after `before`, names a place: `before` ends with a preposition of place or
 * motion and `value` is a known place ("to London") or the clause moves there ("relocating to Wexford").
 * "send it to Maria", "a table for Dana" and "with Rohan Mehta" are no places.
 */
export function isPlaceMention(before: string, value: string): boolean {
  if (!endsWithPlacePreposition(before)) return false;
  if (MOTION.test(before)) return true;
  const doc = nlp(value);
  return doc.has('#Place') && !doc.has('#Person');
}

/**
 * Whether `value` is said in `utterance` as a place by its own form: compromise tags it a place there
 * ("Hartwell Barn near Stroud", "Worsley Park, Manchester", "Islington Town Hall") and not a person, nor
 * opens with a known first name. "my fiancé is Tom Ashby", "Sam Hill" and "Grace Park" are no places.
 */
export function saidAsPlace(utterance: string, value: string): boolean {
  const doc = nlp(utterance);
  const clean = (s: string) => s.replace(/[.,;:!?]+$/, '').trim();
  const places = (doc.places().out('array') as string[]).map(clean);
  const people = (doc.people().out('array') as string[]).map(clean);
  // the run and the value agree up to a word's end ("Worsley Park" of "Worsley Park, Manchester")
  const prefix = (long: string, short: string) =>
    long.startsWith(short) && !/\p{L}/u.test(long.charAt(short.length));
  const within = (runs: string[]) => runs.some((r) => r && (prefix(r, value) || prefix(value, r)));
  // "Sam Hill", "Grace Park": a known first name opens a person's name, whatever its surname's word
  const first = value.split(/\s+/)[0] ?? '';
  return within(places) && !within(people) && !nlp(first).has('#FirstName');
}
