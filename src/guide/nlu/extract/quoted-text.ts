import type { Field } from '../../../core/wizard/definition.js';
import { contentStems, stem, tokens } from './normalize.js';
import type { Candidate } from './types.js';

/**
 * Words given in quotes for a text field named just before them: 'have it greet people with "Hi there!"'
 * gives the greeting "Hi there!", 'the tagline should say "Fresh every day"' the tagline. The field is the
 * one text field whose label or name shares a stem with a word of the few words before the quote.
 */

const QUOTED = /["“”]([^"“”]{2,})["“”]/g;
/** How many words before a quote may name its field. */
const REACH = 6;

const isText = (f: Field) => f.type === 'text' || f.type === 'textarea';
const labelStems = (f: Field) => contentStems(`${f.label} ${f.name.replace(/_/g, ' ')}`);

/** Quoted values for text fields not in `out` yet (see the module comment). */
export function quotedText(utterance: string, fields: Field[], out: Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  for (const m of utterance.matchAll(QUOTED)) {
    const before = tokens(utterance.slice(0, m.index)).slice(-REACH).map(stem);
    const named = fields.filter(
      (f) =>
        isText(f) &&
        !out.some((c) => c.field === f.name) &&
        !found.some((c) => c.field === f.name) &&
        labelStems(f).some((s) => before.includes(s)),
    );
    if (named.length !== 1) continue;
    const value = m[1]!.trim();
    found.push({ field: named[0]!.name, value, confidence: 0.85, extractor: 'quoted-text', span: m[0] });
  }
  return found;
}
