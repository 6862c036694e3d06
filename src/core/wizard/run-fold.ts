import type { RunEvent } from '../events/run-events.js';
import type { WizardDefinition } from './definition.js';
import { REVIEW_STEP_ID, type RunState } from './run-state.js';

/**
 * Folds one run event into the state (the "evolve" half of the run engine). Trusts the event: validation
 * happened when it was decided. `validation_error` only counts. Throws when the first event is not
 * `wizard_start`, or a `wizard_start` comes twice.
 */
export function foldRunEvent(
  _definition: WizardDefinition,
  state: RunState | null,
  event: RunEvent,
): RunState {
  if (event.type === 'wizard_start') {
    if (state) throw new Error('wizard_start on a run that has already started');
    return {
      wizard_id: event.wizard_id,
      wizard_version: event.wizard_version,
      status: 'active',
      current_step_id: event.step_id,
      values: { ...event.defaults },
      provenance: Object.fromEntries(
        Object.keys(event.defaults).map((k) => [k, { source: 'default' as const }]),
      ),
      history: [event.step_id],
      reference_date: event.reference_date,
      started_at: event.at,
      updated_at: event.at,
      event_count: 1,
    };
  }
  if (!state) throw new Error(`${event.type} before wizard_start`);
  const next: RunState = { ...state, updated_at: event.at, event_count: state.event_count + 1 };
  switch (event.type) {
    case 'wizard_field_update': {
      const values = { ...state.values };
      const provenance = { ...state.provenance };
      if (event.value === null || event.value === undefined) {
        delete values[event.field];
        delete provenance[event.field];
      } else {
        values[event.field] = event.value;
        provenance[event.field] = event.provenance ?? {
          source: event.actor === 'system' ? 'import' : event.actor,
        };
      }
      for (const name of event.cleared) {
        delete values[name];
        delete provenance[name];
      }
      return { ...next, values, provenance };
    }
    case 'wizard_step_change':
      return { ...next, current_step_id: event.to, history: [...state.history, event.to] };
    case 'wizard_complete':
      return { ...next, status: 'completed', completed_at: event.at, current_step_id: REVIEW_STEP_ID };
    case 'wizard_abandon':
      return { ...next, status: 'abandoned' };
    case 'validation_error':
    case 'message_shown':
    case 'option_set_applied':
      return next;
    case 'action_started':
      return {
        ...next,
        running_actions: {
          ...state.running_actions,
          [event.id]: {
            event_id: event.event_id,
            action_id: event.action_id,
            action_type: event.action_type,
            ...(event.loading_message ? { loading_message: event.loading_message } : {}),
            async: event.async,
            started_at: event.at,
          },
        },
      };
    case 'action_finished':
    case 'action_failed':
      return event.id ? { ...next, running_actions: without(state.running_actions, event.id) } : next;
    case 'action_output':
      return { ...next, action_context: { ...state.action_context, [event.key]: event.value } };
    case 'option_set_loaded':
      return { ...next, option_sets: { ...state.option_sets, [event.field]: event.options } };
    case 'renderer_output':
      return {
        ...next,
        outputs: {
          ...state.outputs,
          [event.id]: { renderer: event.renderer, title: event.title, data: event.data },
        },
      };
  }
}

/** `map` without `key` (undefined when nothing is left). */
function without<V>(map: Record<string, V> | undefined, key: string): Record<string, V> | undefined {
  if (!map || !(key in map)) return map;
  const rest = { ...map };
  delete rest[key];
  return Object.keys(rest).length > 0 ? rest : undefined;
}

/** Rebuilds a run's state from its event log. Throws when the log does not start with `wizard_start`. */
export function replayRunEvents(definition: WizardDefinition, events: readonly RunEvent[]): RunState {
  let state: RunState | null = null;
  for (const event of events) state = foldRunEvent(definition, state, event);
  if (!state) throw new Error('an empty event log has no run');
  return state;
}
