import type { Field } from '../../../core/wizard/definition.js';
import type { Candidate } from './types.js';
import { booleanOptions } from './options.js';
import { contentStems } from './normalize.js';

/**
 * Yes/no fields mentioned by topic in a statement: "outdoor seating" (field "Whether the restaurant has outdoor
 * seating available") → True, "no outdoor seating" → False. Questions ("Do they have outdoor seating?") never count.
 */

/** Key phrase of a yes/no field: "outdoor seating" from "Whether the restaurant has outdoor seating available". */
function booleanTopic(field: Field): string[] {
  const fromName = contentStems(field.name.replace(/_/g, ' ')).filter(
    (s) => !['ha', 'has', 'is', 'allow', 'good', 'option', 'free'].includes(s),
  );
  return fromName.length ? fromName : contentStems(field.label);
}

export function booleanMentions(utterance: string, fields: Field[], out: Candidate[]): void {
  // clauses, so the span (and a negation) is the clause that names the topic, not the whole sentence
  const sentences = (utterance.match(/[^.?!]+[.?!]?/g) ?? []).flatMap((s) =>
    s.trim().endsWith('?') ? [s] : s.split(/[,;]|\s+but\s+/i),
  );
  for (const field of fields) {
    const isBoolSelect = booleanOptions(field.options);
    if (field.type !== 'boolean' && !isBoolSelect) continue;
    const topic = booleanTopic(field);
    if (!topic.length) continue;
    for (const sentence of sentences) {
      if (sentence.trim().endsWith('?')) continue;
      const stems = contentStems(sentence);
      const expanded = new Set(stems.flatMap((s) => [s, s.replace(/s$/, ''), s.replace(/or$/, 'oor')]));
      if (
        !topic.every(
          (t) =>
            expanded.has(t) ||
            [...expanded].some((e) => e.length >= 4 && (e.startsWith(t) || t.startsWith(e))),
        )
      )
        continue;
      const negated = /\b(?:no|not|don't|do not|doesn't|without|never|isn't|non)\b/i.test(sentence);
      const value = negated ? false : true;
      out.push({
        field: field.name,
        value: isBoolSelect ? (value ? isBoolSelect.yes.value : isBoolSelect.no.value) : value,
        confidence: 0.65,
        extractor: 'boolean-topic',
        span: sentence.trim(),
      });
      break;
    }
  }
}
