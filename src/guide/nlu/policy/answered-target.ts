import type { Field } from '../../../core/wizard/definition.js';
import type { FieldView, RunSnapshot } from '../../../core/wizard/snapshot.js';
import type { Candidate } from './plan.js';

/**
 * The field a candidate would fill, with its view, when the person already answered that field themselves
 * (a default does not count): the common first question of the guards that keep a given answer from being
 * overwritten unasked (`weak-moment.ts`, `stray-values.ts`). Undefined when the field is unknown or not
 * answered by the person. Pure.
 */
export function answeredTarget(
  c: Pick<Candidate, 'field'>,
  fields: Field[],
  snapshot: RunSnapshot,
): { field: Field; view: FieldView } | undefined {
  const field = fields.find((f) => f.name === c.field);
  const view = snapshot.fields.find((f) => f.name === c.field);
  if (!field || !view?.answered || view.provenance?.source === 'default') return undefined;
  return { field, view };
}
