import type { Field } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import type { Candidate, ExtractContext, Nlu } from './plan.js';

/**
 * One turn as the description readers see it (`describedAlong`, `describedWithName`, `describedLook`,
 * `describedUnnamed`): the person's words, the values found in them so far, the fields the guide asked,
 * the wizard's fillable fields, the run as it stands and the extraction context.
 */
export interface DescribedTurn {
  nlu: Nlu;
  /** What the person said this turn, as typed. */
  utterance: string;
  /** Values already read from `utterance` by the other readers. */
  found: Candidate[];
  /** The fields the guide's last question asked for. */
  asked: Field[];
  /** The wizard's fillable fields, in order. */
  fields: Field[];
  snapshot: RunSnapshot;
  extract: ExtractContext;
}

/**
 * The first of the turn's fields that `wanted` accepts and that nobody has given yet: not answered in the
 * run, not asked this turn, no value found for it in the utterance. Undefined when none.
 */
export function unsaidField(turn: DescribedTurn, wanted: (f: Field) => boolean): Field | undefined {
  return turn.fields.find(
    (f) =>
      wanted(f) &&
      !turn.snapshot.fields.find((v) => v.name === f.name)?.answered &&
      !turn.asked.some((a) => a.name === f.name) &&
      !turn.found.some((c) => c.field === f.name),
  );
}
