import type { Field } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { booleanTopic } from '../extract/boolean-topic.js';
import { contentStems, inflectedAlike } from '../extract/normalize.js';
import type { Candidate } from './plan.js';

/**
 * A yes or no said with another yes/no's whole topic answers that one, not the one asked: asked "Second
 * shooter?", "no to the engagement shoot" says no to the engagement shoot and leaves the second shooter to
 * ask. A word of the asked one's topic ("no second shooter, and no engagement shoot either") keeps the answer
 * where it was asked. Pure.
 */

/** Whether the stems said hold `word` (inflected), not as another topic's own word (`others`). */
function saysWord(said: string[], word: string, others: string[]): boolean {
  return said.some((s) => inflectedAlike(s, word, 3) && (s === word || !others.includes(s)));
}

/**
 * `candidates` with the asked yes/no's plain yes or no (extractor `yes-no`) moved to the one other open
 * yes/no of `fields` whose every topic word `utterance` says while it says none of the asked one's (see the
 * file comment); `candidates` unchanged otherwise.
 */
export function withNamedYesNo(
  candidates: Candidate[],
  utterance: string,
  asked: Field[],
  fields: Field[],
  snapshot: RunSnapshot,
): Candidate[] {
  const target = asked.length === 1 && asked[0]!.type === 'boolean' ? asked[0]! : undefined;
  const at = target ? candidates.findIndex((c) => c.field === target.name && c.extractor === 'yes-no') : -1;
  if (!target || at < 0) return candidates;
  const said = contentStems(utterance);
  const open = fields.filter(
    (f) =>
      f.type === 'boolean' &&
      f.name !== target.name &&
      !candidates.some((c) => c.field === f.name) &&
      snapshot.fields.some((v) => v.name === f.name && !v.answered),
  );
  const named = open.filter((f) => {
    const topic = booleanTopic(f);
    return topic.length > 0 && topic.every((t) => saysWord(said, t, []));
  });
  if (named.length !== 1) return candidates;
  const theirs = booleanTopic(named[0]!);
  if (booleanTopic(target).some((t) => saysWord(said, t, theirs))) return candidates;
  const moved = { ...candidates[at]!, field: named[0]!.name, extractor: 'named-yes-no' };
  return candidates.map((c, i) => (i === at ? moved : c));
}
