import { isFieldVisible } from '../../../core/wizard/conditions.js';
import type { Field, WizardDefinition } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';

/**
 * The fields of `definition` that `kind` accepts and that `boolean` being true shows and being false hides,
 * given the values answered so far in `snapshot` (the follow-ups of a yes: "How many?", "Catering style").
 * Pure.
 */
export function fieldsShownByYes(
  definition: WizardDefinition,
  snapshot: RunSnapshot,
  boolean: Field,
  kind: (f: Field) => boolean,
): Field[] {
  const values: Record<string, unknown> = {};
  for (const f of snapshot.fields) if (f.answered) values[f.name] = f.value;
  const shown = (v: boolean) => (f: Field) => isFieldVisible(f, { ...values, [boolean.name]: v });
  return definition.steps
    .flatMap((s) => s.fields)
    .filter((f) => f.name !== boolean.name && kind(f) && shown(true)(f) && !shown(false)(f));
}
