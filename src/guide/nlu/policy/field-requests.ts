import type { Field } from '../../../core/wizard/definition.js';
import { fieldPhrases } from '../intents.js';
import { splitSentences } from '../sentence-split.js';

/**
 * Requests about another field said beside an answer: "can you use my work email instead? It's
 * jo@work.com" to a notes question asks to change the email; its words are no note. Pure.
 */

/** A sentence put to the guide: a question, or a request opened by "can/could/would/will you" or "please". */
const TO_THE_GUIDE = /\?\s*$|^\W*(?:\w+[,\s]+)?(?:(?:can|could|would|will)\s+(?:you|u)|please)\b/i;

/** Whether `sentence` names a field by one of its phrases (`fieldPhrases`), as whole words. */
function names(sentence: string, field: Field): boolean {
  const text = ` ${sentence.toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;
  return fieldPhrases(field).some((p) => text.includes(` ${p.replace(/[^a-z0-9]+/g, ' ').trim()} `));
}

/**
 * `utterance` without its sentences put to the guide (`TO_THE_GUIDE`) that name another of `fields` than
 * `target` and not `target` itself; the utterance unchanged when it has none. May return '' when every
 * sentence is such a request.
 */
export function withoutOtherFieldRequests(utterance: string, target: Field, fields: Field[]): string {
  const sentences = splitSentences(utterance);
  const kept = sentences.filter(
    (s) =>
      !(
        TO_THE_GUIDE.test(s.trim()) &&
        !names(s, target) &&
        fields.some((f) => f.name !== target.name && names(s, f))
      ),
  );
  return kept.length === sentences.length ? utterance : kept.join(' ');
}
