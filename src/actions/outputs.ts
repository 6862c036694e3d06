import { search } from '@jmespath-community/jmespath';
import type { Action, EventBinding } from '../core/actions/definition.js';
import { parseRendererData } from '../core/renderers/index.js';
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

type Cell = string | number | boolean | null;

/** A picked value as a table cell: scalars as they are, others as JSON text. */
function cell(value: unknown): Cell {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

/**
 * The items of an output as select options, reading each item's label and value at their paths and, for a
 * dynamic_table, each column's cell at its path.
 */
function options(
  items: unknown,
  labelPath: string,
  valuePath: string,
  columns: ReadonlyArray<{ key: string; path: string }> | undefined,
) {
  if (!Array.isArray(items)) throw new ActionError('an option set needs a list of items from the action');
  return items.map((item, i) => {
    const value = pick(item, valuePath);
    const label = pick(item, labelPath);
    if (value === null || value === undefined || value === '')
      throw new ActionError(`item ${i + 1} has no value at "${valuePath}"`);
    const cells = columns && Object.fromEntries(columns.map((c) => [c.key, cell(pick(item, c.path))]));
    return { value: String(value), label: String(label ?? value), ...(cells ? { cells } : {}) };
  });
}

/**
 * The command that puts an action's output where its `output_handling` says (null when it stays in the
 * event's `results` only, i.e. `context` without a `key`):
 * - `context` with `key`: `record_action_output` (kept in the run's action context for later events);
 * - `field`: `set_field` with provenance "action <id>";
 * - `option_set`: `load_option_set` from the list at `path`, reading `label_path`, `value_path` and the
 *   `columns`' paths (cells of a dynamic_table);
 * - `renderer`: `show_output` with id `<event id>.<action id>` and the output parsed by the renderer's schema
 *   (core/renderers), so what the player shows and the guide says has the renderer's shape.
 * Throws ActionError when the output does not fit (a bad path, an option list that is not a list, data the
 * renderer cannot show).
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
        options: options(value, handling.label_path, handling.value_path, handling.columns),
      };
    case 'renderer': {
      const parsed = parseRendererData(handling.renderer, value);
      if (!parsed.ok) throw new ActionError(`its output cannot be shown: ${parsed.message}`);
      return {
        type: 'show_output',
        id: `${binding.id}.${action.id}`,
        renderer: handling.renderer,
        title: handling.title,
        data: parsed.data,
      };
    }
  }
}
