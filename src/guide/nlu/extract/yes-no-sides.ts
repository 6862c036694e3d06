import type { Field } from '../../../core/wizard/definition.js';
import { contentStems, inflectedAlike } from './normalize.js';
import { negatedAt } from './negated.js';

/**
 * A yes/no field whose texts say what each answer means, answered by naming one side: the hint "yes if they
 * own it, no if they rent or lease it" makes "we're the owners" true and "I rent" or "we lease it" false.
 * Each side is the clause after "yes if/when" or "no if/when" in the field's label, description or extraction
 * hints, up to the next comma or stop; every word of a side stands for it ("rent or lease it" is all "no").
 * A side word said under a negation ("we don't rent") says the other side. Returns null when the field gives
 * no sides, or the utterance names both or neither.
 */

/** "yes if they own it", "no when they rent or lease": the answer and its clause. */
const SIDE = /\b(yes|no)\s*,?\s+(?:if|when|for)\s+([^,.;:()]+)/gi;

/** A verb said under a negation right before the word: "we don't rent", "I'm not renting", "we no longer own". */
const NOT_BEFORE =
  /\b(?:not|never|no longer|(?:do|does|did|are|is|was|were|wo|ca)n['’]?t)\s+(?:(?:really|actually|even)\s+)?$/i;

/** The content stems of each side the field's texts give (see the file comment). */
export function yesNoSides(field: Field): { yes: string[]; no: string[] } {
  const yes: string[] = [];
  const no: string[] = [];
  const texts = [field.label, field.description ?? '', ...(field.extraction_hints ?? [])];
  for (const text of texts)
    for (const m of text.matchAll(SIDE))
      (m[1]!.toLowerCase() === 'yes' ? yes : no).push(...contentStems(m[2]!));
  // a word on both sides ("yes if they have one, no if they don't have one") tells neither
  return { yes: yes.filter((s) => !no.includes(s)), no: no.filter((s) => !yes.includes(s)) };
}

/** The yes (true) or no (false) `utterance` gives `field` by naming a side (see the file comment), or null. */
export function sideYesNo(utterance: string, field: Field): boolean | null {
  const sides = yesNoSides(field);
  if (!sides.yes.length && !sides.no.length) return null;
  const said = new Set<boolean>();
  for (const m of utterance.matchAll(/[\p{L}'’]+/gu)) {
    const stem = contentStems(m[0])[0];
    if (!stem) continue;
    const alike = (s: string) => inflectedAlike(stem, s, 3);
    const side = sides.yes.some(alike) ? true : sides.no.some(alike) ? false : null;
    if (side === null) continue;
    const before = utterance.slice(0, m.index);
    said.add(negatedAt(utterance, m.index) || NOT_BEFORE.test(before) ? !side : side);
  }
  return said.size === 1 ? [...said][0]! : null;
}
