import type { Option } from './definition.js';
import type { RunState } from './run-state.js';

/**
 * The field with the options an action loaded into it (its option set, see `option_set_loaded`), when there
 * are any: they replace the definition's options for validation, the snapshot, the player and the guide.
 */
export function withOptionSet<F extends { name: string; options?: Option[] }>(
  field: F,
  state: Pick<RunState, 'option_sets'>,
): F {
  const loaded = state.option_sets?.[field.name];
  return loaded ? { ...field, options: loaded.map((o) => ({ ...o, synonyms: [] })) } : field;
}
