import type { Field } from '../../../core/wizard/definition.js';
import { containsPhrase, normalize } from './normalize.js';

/**
 * Values a wizard author declares for words in a number field's extraction hints or description:
 * "studio or bachelor = 0", "a dozen = 12", "a studio or bachelor apartment counts as 0", "a double counts
 * as 2". The person who says one of those words ("it's a bachelor") gives that value.
 */

export interface DeclaredValue {
  /** the words, lowercase, without a leading article ("bachelor", "bachelor apartment") */
  phrases: string[];
  value: number;
}

const DECLARATION = /([a-z][a-z' -]*?)\s*(?:=|counts? as|means|is counted as)\s*(-?\d+(?:\.\d+)?)\b/g;

const declared = new WeakMap<Field, DeclaredValue[]>();

/** The values declared in `field`'s hints and description (see the file comment); [] when none. */
export function declaredValues(field: Field): DeclaredValue[] {
  const known = declared.get(field);
  if (known) return known;
  const texts = [...(field.extraction_hints ?? []), field.description ?? ''];
  const out: DeclaredValue[] = [];
  for (const text of texts)
    for (const m of normalize(text).matchAll(DECLARATION)) {
      const phrases = m[1]!
        .split(/\s*(?:,|\bor\b|\/)\s*/)
        .map((p) => p.replace(/^(?:an?|the)\s+/, '').trim())
        .filter((p) => p.length >= 3);
      if (phrases.length) out.push({ phrases, value: Number(m[2]) });
    }
  declared.set(field, out);
  return out;
}

/** The value `utterance` gives `field` by a word its author declared, with that word; null when none is said. */
export function declaredValue(utterance: string, field: Field): { value: number; span: string } | null {
  for (const d of declaredValues(field)) {
    const said = d.phrases.find((p) => containsPhrase(utterance, p));
    if (said) return { value: d.value, span: said };
  }
  return null;
}
