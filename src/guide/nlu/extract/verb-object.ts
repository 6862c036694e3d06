import nlp from 'compromise';

/**
 * Whether `words` (as said in `sentence`) stand right after a verb as its object: "can I book Bramble in",
 * "I'd like to get Rex seen", "thanks Sam" — what is booked, brought or thanked, not the speaker. A copula,
 * an auxiliary or a modal before the words is no such verb ("I'm Sam Hill", "this is Sam"). Tags come from
 * compromise, read in the sentence's context. False when the words are not found or open the sentence.
 */
export function isVerbObject(sentence: string, words: string): boolean {
  const first = words.trim().split(/\s+/)[0];
  if (!first) return false;
  const terms = (nlp(sentence).json() as Array<{ terms: Array<{ text: string; tags: string[] }> }>).flatMap(
    (s) => s.terms,
  );
  const at = terms.findIndex((t) => t.text === first);
  const before = at > 0 ? terms[at - 1]!.tags : [];
  return before.includes('Verb') && !before.some((t) => /^(?:Copula|Auxiliary|Modal)$/.test(t));
}
