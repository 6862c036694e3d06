/**
 * Cutting the words other values used out of an utterance, so that a free-text answer read from what is
 * left does not swallow them: "My name is Ada Lovelace, ada@example.com" leaves "My name is Ada Lovelace".
 */

const MARK = '\u0001';

/** Words that only introduce a value: field nouns said before it ("my email is", "phone"). */
const TYPE_WORDS = [
  'email address',
  'e-mail address',
  'email',
  'e-mail',
  'mail',
  'phone number',
  'mobile number',
  'cell number',
  'telephone number',
  'phone',
  'mobile',
  'cell',
  'telephone',
  'number',
  'website',
  'web site',
  'site',
  'url',
  'link',
  'address',
  'date',
  'day',
  'time',
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "[, and] [my] [email [address]] [is]" right before a removed value, or its preposition ("on", "at"). */
function leadBefore(leads: string[]): RegExp {
  const nouns = [...new Set([...leads, ...TYPE_WORDS].map((w) => w.toLowerCase().trim()).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
  return new RegExp(
    String.raw`(?:^|[\s,;:]+)(?:(?:and|also|plus|or|with|but)\s+)?(?:(?:it's|its|it is|reach me|contact me|call me|text me|email me|mail me)\s+)?(?:(?:my|the|our|your|his|her|their|a|an)\s+)?(?:(?:${nouns})\s*)?(?:(?:is|are|was|will be|should be|would be|it's|at|on|for|by|to|in|from|until|till|before|after|:|=|-)\s*)?(?:(?:around|about|roughly|approximately|under|over|below|above|less than|more than|at least|at most|up to)\s*)?${MARK}`,
    'gi',
  );
}

/** A removed value at the start or before a comma, with the conjunction after it ("ada@x.io, and …"). */
const LEAD_MARK = new RegExp(String.raw`^\s*${MARK}[\s,;:.!]*(?:(?:and|also|plus|then)\b\s*)?`, 'i');

/**
 * `utterance` without each of `spans` (first case-insensitive occurrence; longest spans first) and without the
 * words that only introduced them: conjunctions, possessives, the field's noun (`leads`, plus email/phone/…
 * words) and a linking verb or preposition ("and my email is", ", phone", "on"). Punctuation left dangling at
 * either end is trimmed and spaces collapsed. A word of `units` right after a removed value goes with it
 * ("61,000 miles"). Returns `utterance` unchanged when no span occurs in it.
 */
export function withoutSpans(
  utterance: string,
  spans: string[],
  leads: string[] = [],
  units: string[] = [],
): string {
  let text = utterance;
  const ordered = [...new Set(spans.filter((s) => s.trim()))].sort((a, b) => b.length - a.length);
  for (const span of ordered) {
    const at = text.toLowerCase().indexOf(span.toLowerCase().trim());
    if (at >= 0) text = `${text.slice(0, at)}${MARK}${text.slice(at + span.trim().length)}`;
  }
  if (!text.includes(MARK)) return utterance;
  // "interim'll do": a clitic joined to a removed value ('ll, 's, 'd, 're, 've) goes with it
  text = text.replace(new RegExp(String.raw`${MARK}['\u2019](?:ll|s|d|re|ve|m)\b`, 'gi'), MARK);
  const unitWords = [...new Set(units.map((u) => u.toLowerCase()).filter((u) => /^[a-z]{3,}$/.test(u)))];
  if (unitWords.length)
    text = text.replace(new RegExp(String.raw`${MARK}\s+(?:${unitWords.join('|')})\b`, 'gi'), MARK);
  const lead = leadBefore(leads);
  for (let before = ''; before !== text;) {
    before = text;
    text = text.replace(lead, ' ').replace(LEAD_MARK, '');
  }
  text = text.split(MARK).join(' ');
  return (
    text
      .replace(/\s+([,;:.!?])/g, '$1')
      .replace(/([,;:])(?:\s*[,;:])+/g, '$1')
      // spaced separators left around removed values: "Keiko Tanaka / / " → "Keiko Tanaka"
      .replace(/(\s[/|])(?:\s+[/|])+(?=\s|$)/g, '$1')
      .replace(/^\s*(?:[/|]\s+)+|(?:\s+[/|])+\s*$/g, '')
      .replace(/^[\s,;:.!-]+|[\s,;:-]+$/g, '')
      .replace(/\s*\b(?:and|also|plus|or|but)\s*$/i, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** A span's words in lower case, hyphens read as spaces ("one-bedroom" is "one bedroom"). */
const wordsOf = (s: string) =>
  s
    .toLowerCase()
    .replace(/[-‐–—]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Whether `outer` holds `inner` other than as a piece of a longer number: "1" is no part of "17/hr" nor of
 * "2019", "21" is a part of "$21/hr".
 */
function holds(outer: string, inner: string): boolean {
  for (let at = outer.indexOf(inner); at >= 0; at = outer.indexOf(inner, at + 1)) {
    const cutsBefore = /^\d/.test(inner) && /\d/.test(outer[at - 1] ?? '');
    const cutsAfter = /\d$/.test(inner) && /\d/.test(outer[at + inner.length] ?? '');
    if (!cutsBefore && !cutsAfter) return true;
  }
  return false;
}

/** Whether two spans share words (one contains the other); empty spans never overlap. */
export function spansOverlap(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  // "six … seven grand" (the two ends of a range said): its words are those of either end
  if (a.includes('…') || b.includes('…'))
    return a.split('…').some((p) => b.split('…').some((q) => spansOverlap(p.trim(), q.trim())));
  const x = wordsOf(a);
  const y = wordsOf(b);
  if (x === '' || y === '') return false;
  if (holds(x, y) || holds(y, x)) return true;
  // "Fever, Sore throat" (a multi-select's options) inside "fever and sore throat": every word of the
  // shorter span is a word of the longer one
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  const longWords = new Set(long.split(' '));
  const shortWords = short.split(' ');
  return shortWords.length > 1 && shortWords.every((w) => longWords.has(w));
}
