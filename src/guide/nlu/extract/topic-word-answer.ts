import type { Field } from '../../../core/wizard/definition.js';
import type { Candidate } from './types.js';
import { booleanTopic, isTopicWord } from './boolean-topic.js';
import { contentStems } from './normalize.js';
import { detectYesNo } from './yes-no.js';
import { asksAbout } from './asks-about.js';
import { sideYesNo } from './yes-no-sides.js';

/**
 * Yes/no fields answered out of turn by one word of their topic with a yes or a no: "sure, photos are fine"
 * (field "photo_consent") → true, "yes to a battery" ("battery_storage") → true, "yes we need the after care"
 * ("extended_care") → true, "no pictures please" → false. The word must be the field's alone: no other field
 * of the wizard names it ("care" is not taken when a "child_care_notes" field is open too). The clause that
 * names it gives the yes or no, else its sentence does ("Yes, I'd like the after-care"); without one the word
 * is only mentioned ("the battery died last week") and fills nothing. A field whose texts say what each answer
 * means ("yes if they own it, no if they rent") is answered by a side named anywhere ("we're renting").
 * A question ("do you do batteries?") answers nothing.
 */

/** Each open field's words (name and label stems), to tell a word that is one field's alone. */
const fieldWords = (field: Field) => contentStems(`${field.name.replace(/_/g, ' ')} ${field.label}`);

/** Appends to `out` a candidate (`topic-word`, 0.65) for each yes/no field answered so (see the file comment). */
export function topicWordAnswers(utterance: string, fields: Field[], out: Candidate[]): void {
  const sentences = (utterance.match(/[^.?!]+[.?!]?/g) ?? []).filter(
    (s) => !s.trim().endsWith('?') && !asksAbout(s.trim()),
  );
  if (!sentences.length) return;
  for (const field of fields) {
    if (field.type !== 'boolean' || out.some((c) => c.field === field.name)) continue;
    const value = sideAnswer(sentences, field) ?? wordAnswer(sentences, field, fields);
    if (value === null) continue;
    out.push({
      field: field.name,
      value: value.yes,
      confidence: 0.65,
      extractor: 'topic-word',
      span: value.span,
    });
  }
}

/** The side of a field with sides that one sentence names. */
function sideAnswer(sentences: string[], field: Field): { yes: boolean; span: string } | null {
  for (const s of sentences) {
    const yes = sideYesNo(s, field);
    if (yes !== null) return { yes, span: s.trim() };
  }
  return null;
}

/** The yes or no said with the field's own topic word (see the file comment). */
function wordAnswer(
  sentences: string[],
  field: Field,
  fields: Field[],
): { yes: boolean; span: string } | null {
  const others = fields.filter((f) => f !== field).flatMap(fieldWords);
  const own = booleanTopic(field).filter((t) => !others.some((o) => isTopicWord(o, t)));
  if (!own.length) return null;
  for (const sentence of sentences) {
    for (const clause of sentence.split(/[,;]|\s+but\s+/i)) {
      if (
        !contentStems(clause.replace(/(\w)-(\w)/g, '$1 $2')).some((s) => own.some((t) => isTopicWord(s, t)))
      )
        continue;
      const yes = detectYesNo(clause) ?? detectYesNo(sentence);
      if (yes !== null) return { yes, span: clause.trim() };
    }
  }
  return null;
}
