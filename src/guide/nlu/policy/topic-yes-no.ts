import type { Field } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { booleanTopic } from '../extract/boolean-topic.js';
import { contentStems, inflectedAlike } from '../extract/normalize.js';
import { isFreeText } from './answers.js';
import { currentStepFields } from './questions.js';
import type { Candidate } from './plan.js';
import { clausesOf } from './taken-clauses.js';

/**
 * A yes/no answered by its topic while a free-text field is asked. Asked "Anything about goals the tutor
 * should know? And are online sessions OK?", the answer "online is totally fine with us" is the yes/no's, not
 * the goals'; "texts fine" answers "reminders by text?"; "nah no engagement shoot" asked the venue answers
 * the engagement shoot of the next step. Pure.
 *
 * `candidates` (the turn's values) gain, for each open yes/no of `fields`, the value its own reading (`read`)
 * gives a clause naming one of its topic words (`booleanTopic`, inflected, at least 3 letters; all of them
 * for a yes/no of another step than the current one);
 * a free-text value of an asked field that lies inside such a clause is dropped. Returns `candidates` when
 * no asked field is free text or no clause names a yes/no's topic.
 */
export function withTopicYesNo(
  candidates: Candidate[],
  utterance: string,
  asked: Field[],
  fields: Field[],
  snapshot: RunSnapshot,
  read: (clause: string, field: Field) => Candidate | null,
): Candidate[] {
  const freeAsked = asked.filter(isFreeText);
  if (freeAsked.length === 0) return candidates;
  const current = new Set(currentStepFields(snapshot).map((v) => v.name));
  const open = fields.filter(
    (f) =>
      f.type === 'boolean' &&
      snapshot.fields.some((v) => v.name === f.name && !v.answered) &&
      !candidates.some((c) => c.field === f.name),
  );
  const out = [...candidates];
  for (const field of open) {
    const topic = booleanTopic(field).filter((t) => t.length >= 3);
    // a word that is another yes/no's own topic word is that one's ("shoot" of "engagement shoot" is no
    // "second shooter")
    const own = (s: string) =>
      !open.some((o) => o !== field && booleanTopic(o).includes(s) && !booleanTopic(field).includes(s));
    const said = (text: string) => (t: string) =>
      contentStems(text).some((s) => inflectedAlike(s, t, 3) && own(s));
    // a yes/no of a later step only by its whole topic ("nah no engagement shoot" asked the venue)
    const names = (text: string) =>
      current.has(field.name) ? topic.some(said(text)) : topic.length > 0 && topic.every(said(text));
    const clause = clausesOf(utterance)
      .map((c) => c.text)
      .find(names);
    const c = clause ? read(clause, field) : null;
    if (!clause || !c || typeof c.value !== 'boolean') continue;
    const inClause = (o: Candidate) =>
      freeAsked.some((f) => f.name === o.field) &&
      typeof o.value === 'string' &&
      clause.toLowerCase().includes(o.value.trim().toLowerCase());
    out.splice(0, out.length, ...out.filter((o) => !inClause(o)), { ...c, span: c.span ?? clause });
  }
  return out;
}
