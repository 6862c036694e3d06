import type { Candidate } from './plan.js';
import { spansOverlap } from './spans.js';

/**
 * Corrections said in many shapes: "actually …", "no, it's …", "make that …", "my email is wrong, it should
 * be …", "it seats eight, not six", and a self-correction inside one answer ("around 40k. no wait, make that
 * 55k"). Pure functions over the user's words.
 */

/** Words that mark a change of something said before, anywhere in the utterance. */
const CUE =
  /\b(?:actually|no wait|wait|make (?:it|that)|instead|should (?:be|have been)|(?:is|was|'s) (?:wrong|incorrect|a typo)|has a typo|typo|i meant|i mean|correction|scratch that|or rather|rather|change|changed|update|rename|switch|not (?:\d+|[a-z]+)$|mistake)\b/i;

/**
 * Where the last correction cue ends in `utterance` ("actually it should be Ada" → after "actually"); -1
 * when there is none. Curly apostrophes count as straight ones (same length).
 */
export function correctionCueEnd(utterance: string): number {
  let end = -1;
  for (const m of utterance.replace(/[\u2019]/g, "'").matchAll(new RegExp(CUE.source, 'gi')))
    end = m.index + m[0].length;
  return end;
}

/** Whether the words correct an earlier answer, so a value may overwrite a field answered before. */
export function correctsEarlier(utterance: string): boolean {
  return CUE.test(utterance.replace(/[\u2019]/g, "'"));
}

/**
 * A self-correction inside an answer: a cue after some words, then the corrected words; a "make it" after the
 * cue belongs to it ("Adaeze, no wait, make it Ada Styles" → "Ada Styles").
 */
const SELF =
  /(?<=^|[\s,.;!-])(?:no,?\s+wait|no,?\s+sorry|sorry,?\s+i mean|i mean|make that|or rather|scratch that|actually,?\s+(?:make (?:it|that)|no)|no,?\s+make (?:it|that))\b[\s,:-]*(?:make\s+(?:it|that)\b[\s,:-]*)?/gi;

/**
 * The words after the last self-correction cue that follows other words ("around 40k. no wait, make that
 * 55k" → "55k"); null when there is none.
 */
export function correctedTail(utterance: string): string | null {
  let tail: string | null = null;
  for (const m of utterance.matchAll(SELF)) {
    if (m.index > 0) tail = utterance.slice(m.index + m[0].length).trim();
  }
  return tail && tail.length > 0 ? tail : null;
}

/**
 * A bare "no" or "sorry" after a pause mark, which corrects only when digits follow it ("416 555 0198, sorry,
 * 0189"; "07123 456789 — no, 456798"): alone it is too common to cut an answer at.
 */
const BARE = /(?<=[,.;!?\u2014\u2013-]\s*)(?:no|nope|sorry|oops)\b[\s,:\u2014\u2013-]*/gi;

/** Where the fixed digits begin after the last cue ("… sorry, 0189 at the end"): the cue's index and tail. */
function lastDigitFix(utterance: string): { at: number; tail: string } | null {
  let found: { at: number; tail: string } | null = null;
  for (const cue of [SELF, BARE])
    for (const m of utterance.matchAll(cue))
      if (m.index > 0 && (!found || m.index > found.at))
        found = { at: m.index, tail: utterance.slice(m.index + m[0].length).trim() };
  return found;
}

/**
 * A self-correction of some digits only ("347 555 0152, no wait, 0125"; "ID 4471, sorry I mean 4417";
 * "416 555 0198, sorry, 0189 at the end"): the words before the cue with the last digits of their last
 * number replaced by the corrected digits, when the correction is digits only (a few words without digits
 * may follow: "at the end") and as many as the number's last groups hold, or (three or more) the end of the
 * last group of a number of seven digits or more ("07700 112233 - no, 2239"). Null otherwise.
 */
export function patchedDigits(utterance: string): string | null {
  const found = lastDigitFix(utterance);
  if (!found) return null;
  const digits = /^(\d[\d\s-]*?)(?:[\s,.!?]+(\D*))?$/.exec(found.tail.replace(/[\s.!?]+$/, ''));
  if (!digits || (digits[2] ?? '').split(/\s+/).filter(Boolean).length > 4) return null;
  const fix = digits[1]!.trim();
  const want = fix.replace(/\D/g, '').length;
  const head = utterance.slice(0, found.at).replace(/[\s,;.!\u2014\u2013-]+$/, '');
  const run = [...head.matchAll(/\d(?:[\d\s-]*\d)?/g)].pop();
  if (!run) return null;
  const groups = run[0].split(/([\s-]+)/);
  let count = 0;
  for (let i = groups.length - 1; i >= 0; i -= 2) {
    count += groups[i]!.length;
    if (count === want) {
      const kept = groups.slice(0, i).join('');
      return `${head.slice(0, run.index)}${kept}${fix}${head.slice(run.index + run[0].length)}`;
    }
    if (count > want) {
      // "07700 112233 - no, 2239": the last digits of a long number's last group
      const long = run[0].replace(/\D/g, '').length >= 7;
      if (!long || want < 3 || i !== groups.length - 1) return null;
      const kept = `${groups.slice(0, i).join('')}${groups[i]!.slice(0, -want)}`;
      return `${head.slice(0, run.index)}${kept}${fix}${head.slice(run.index + run[0].length)}`;
    }
  }
  return null;
}

/** Candidates of the whole utterance, with those of the corrected tail winning for the fields they fill. */
export function preferCorrected(whole: Candidate[], tail: Candidate[]): Candidate[] {
  const fixed = new Set(tail.map((c) => c.field));
  return [...whole.filter((c) => !fixed.has(c.field)), ...tail];
}

/**
 * Numbers the corrected tail gives for the fields the words before the cue filled with a number, read again
 * from the tail alone: "about 34,000 miles. no wait, its 43,000" → mileage 43000 even when no field was
 * asked; "seven years. no wait, six" → 6. `reread` extracts one field's value from the tail. A value whose
 * words another tail value took ("make it 8pm" is a time) is not a number for the field.
 */
export function rereadNumbers(
  head: Candidate[],
  tail: string,
  fixed: Candidate[],
  reread: (field: string, text: string) => Candidate | null,
): Candidate[] {
  const out: Candidate[] = [];
  for (const c of head) {
    if (typeof c.value !== 'number' || fixed.some((f) => f.field === c.field)) continue;
    const again = reread(c.field, tail);
    if (!again || typeof again.value !== 'number' || again.value === c.value) continue;
    if (fixed.some((f) => spansOverlap(f.span, again.span))) continue;
    out.push(again);
  }
  return out;
}
