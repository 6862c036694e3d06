import { search } from '@jmespath-community/jmespath';
import type { Action, EventBinding } from '../core/actions/definition.js';
import type { RunCommand } from '../core/wizard/run-state.js';
import { ActionError } from './executor.js';

/** Picks `path` (JMESPath) out of an output; the whole output without a path. Throws ActionError on a bad path. */
export function pick(output: unknown, path: string | undefined): unknown {
  if (!path) return output;
  try {
    return search(output as Parameters<typeof search>[0], path);
  } catch (error) {
    throw new ActionError(`the path "${path}" cannot be read: ${(error as Error).message}`);
  }
}

/** The items of an output as select options, reading each item's label and value at their paths. */
function options(items: unknown, labelPath: string, valuePath: string) {
  if (!Array.isArray(items)) throw new ActionError('an option set needs a list of items from the action');
  return items.map((item, i) => {
    const value = pick(item, valuePath);
    const label = pick(item, labelPath);
    if (value === null || value === undefined || value === '')
      throw new ActionError(`item ${i + 1} has no value at "${valuePath}"`);
    return { value: String(value), label: String(label ?? value) };
  });
}

/**
 * The command that puts an action's output where its `output_handling` says (null when it stays in the
 * event's `results` only, i.e. `context` without a `key`):
 * - `context` with `key`: `record_action_output` (kept in the run's action context for later events);
 * - `field`: `set_field` with provenance "action <id>";
 * - `option_set`: `load_option_set` from the list at `path`, reading `label_path` and `value_path`;
 * - `renderer`: `show_output` with id `<event id>.<action id>`.
 * Throws ActionError when the output does not fit (a bad path, an option list that is not a list).
 */
export function outputCommand(binding: EventBinding, action: Action, output: unknown): RunCommand | null {
  const handling = action.output_handling;
  const value = pick(output, handling.path);
  switch (handling.into) {
    case 'context':
      return handling.key
        ? {
            type: 'record_action_output',
            event_id: binding.id,
            action_id: action.id,
            key: handling.key,
            value,
          }
        : null;
    case 'field':
      return {
        type: 'set_field',
        field: handling.field,
        value,
        provenance: { source: 'action', extractor: action.id },
      };
    case 'option_set':
      return {
        type: 'load_option_set',
        field: handling.field,
        options: options(value, handling.label_path, handling.value_path),
      };
    case 'renderer':
      return {
        type: 'show_output',
        id: `${binding.id}.${action.id}`,
        renderer: handling.renderer,
        title: handling.title,
        data: value,
      };
  }
}
