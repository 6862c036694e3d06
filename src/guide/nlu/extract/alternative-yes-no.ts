import type { Field } from '../../../core/wizard/definition.js';
import { contentStems, fieldStems, inflectedAlike } from './normalize.js';

/**
 * A yes/no field asked as a choice between two things, answered by naming one of them: "Would you like
 * lessons online, or in person at the centre?" (field "Online lessons") → "in person please" is false,
 * "online suits us" is true. The choice is read from the agent's question, the field's label, description
 * and extraction hints ("A or B"); the side that shares words with the field's name and label is the yes
 * side. Returns null when no such choice is asked, or the answer names both sides or neither.
 */

/** "A or B" with at most four words each side, up to the end of the clause. */
const CHOICE = /((?:[\w'’-]+\s+){0,3}[\w'’-]+)\s*,?\s+or\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+)/gi;

/** The two sides of each "A or B" in `text`, as content stems; "or not" offers no alternative. */
function choices(text: string): Array<[string[], string[]]> {
  const out: Array<[string[], string[]]> = [];
  for (const clause of text.split(/[.?!;:]+/)) {
    for (const m of clause.matchAll(CHOICE)) {
      const left = contentStems(m[1]!);
      const right = contentStems(m[2]!);
      if (left.length && right.length) out.push([left, right]);
    }
  }
  return out;
}

const among = (stem: string, stems: Iterable<string>) => [...stems].some((s) => inflectedAlike(stem, s, 4));

/** The yes/no `utterance` gives by naming one side of a choice the field is asked as (see the file comment). */
export function alternativeYesNo(utterance: string, field: Field, agentUtterance?: string): boolean | null {
  const topic = fieldStems(field, false);
  const texts = [
    agentUtterance ?? '',
    field.label,
    field.description ?? '',
    ...(field.extraction_hints ?? []),
  ];
  const said = contentStems(utterance);
  for (const [left, right] of texts.flatMap(choices)) {
    const onTopic = (side: string[]) => side.filter((s) => among(s, topic)).length;
    if (onTopic(left) === onTopic(right)) continue;
    const [yes, no] = onTopic(left) > onTopic(right) ? [left, right] : [right, left];
    const saysYes = yes.some((s) => among(s, said) && !among(s, no));
    const saysNo = no.some((s) => among(s, said) && !among(s, yes));
    if (saysYes !== saysNo) return saysYes;
  }
  return null;
}
