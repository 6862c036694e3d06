import type { Field } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { booleanTopic } from '../extract/boolean-topic.js';
import { contentStems, inflectedAlike } from '../extract/normalize.js';
import { isFreeText } from './answers.js';
import { currentStepFields } from './questions.js';
import type { Candidate } from './plan.js';
import { clausesOf } from './taken-clauses.js';

/**
 * A yes/no of the current step answered by its topic while a free-text field of the step is asked. Asked
 * "Anything about goals the tutor should know? And are online sessions OK?", the answer "online is totally
 * fine with us" is the yes/no's, not the goals'; "texts fine" answers "reminders by text?". Pure.
 *
 * `candidates` (the turn's values) gain, for each open yes/no of the current step, the value its own reading
 * (`read`) gives a clause naming one of its topic words (`booleanTopic`, inflected, at least 3 letters);
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
  const open = currentStepFields(snapshot)
    .filter((v) => !v.answered && v.type === 'boolean' && !candidates.some((c) => c.field === v.name))
    .map((v) => fields.find((f) => f.name === v.name))
    .filter((f): f is Field => f !== undefined);
  const out = [...candidates];
  for (const field of open) {
    const topic = booleanTopic(field).filter((t) => t.length >= 3);
    const clause = clausesOf(utterance)
      .map((c) => c.text)
      .find((text) => contentStems(text).some((s) => topic.some((t) => inflectedAlike(s, t, 3))));
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
