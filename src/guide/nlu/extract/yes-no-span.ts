/**
 * The words a yes/no answer claims: the shortest run of leading clauses that the same reader gives the same
 * answer from. "yes we own it, it's a townhouse" answers "Do you own the home?" with "yes we own it" and
 * leaves "it's a townhouse" to the property type; "well, yes" needs both clauses. When no leading run gives
 * the answer by itself (the answer comes from the whole, "three bedrooms. No animals."), the whole utterance
 * is claimed, as before.
 *
 * Clauses end at `.`, `!`, `?`, `;` or a comma followed by a space, as `detectYesNo` splits them.
 */
export function yesNoSpan(utterance: string, read: (text: string) => boolean | null, value: boolean): string {
  const text = utterance.trim();
  const ends = [...text.matchAll(/[.!?;]+|,(?=\s)/g)].map((m) => m.index + m[0].length);
  for (const end of ends) {
    const lead = text.slice(0, end).trim();
    if (end < text.length && read(lead) === value) return lead.replace(/[\s,;.!?]+$/, '');
  }
  return text;
}
