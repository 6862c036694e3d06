/**
 * What a person asks to have done, said beside what happened: "need to file a claim", "want to open a claim",
 * "just need to get it fixed", "I'd like to book a repair". Such words are a request to start, not part of an
 * account of what happened. Pure.
 */

/** A need or wish in the present, then the rest of its clause ("need to file a claim", "I'd like to book …"). */
const REQUEST = new RegExp(
  String.raw`(?:^|(?<=[\s,;]))(?:(?:(?:i|we)\s+)?(?:just\s+|really\s+)?(?:need|want)\s+to|(?:i|we)(?:'d|’d|\s+would)\s+like\s+to|(?:i'm|we're|i am|we are)\s+(?:just\s+)?trying\s+to|(?:i|we)\s+have\s+to|(?:(?:i|we)\s+)?wanna)\s+[^,.;!?]*[,.;!?]?`,
  'gi',
);

/**
 * `text` without the request clauses in it (see the file comment): "hit a deer on hwy 29 need to file a
 * claim" → "hit a deer on hwy 29"; "minor fender bender, want to open a claim" → "minor fender bender". Past
 * needs and others' wishes stay ("I had to swerve", "he wanted to merge").
 */
export function withoutRequests(text: string): string {
  return text
    .replace(REQUEST, ' ')
    .replace(/\s+/g, ' ')
    .replace(/[\s,;]+$/, '')
    .trim();
}
