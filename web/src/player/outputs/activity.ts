import type { RunEventOf, RunEvent } from '../../../../src/core/events/run-events';
import type { RendererKind } from '../../../../src/core/renderers/index';
import type { RunState } from '../../../../src/core/wizard/run-state';

/** A message a `show_message` action showed, with its position in the log (a stable key). */
export interface ShownMessage {
  key: number;
  text: string;
  level: RunEventOf<'message_shown'>['level'];
}

/**
 * The messages to show now: those shown since the run last entered a step (a start or a step change), so
 * each step shows what its own actions said, and a reload shows the same. Oldest first.
 */
export function currentMessages(events: readonly RunEvent[]): ShownMessage[] {
  let from = 0;
  events.forEach((e, i) => {
    if (e.type === 'wizard_start' || e.type === 'wizard_step_change') from = i;
  });
  const shown: ShownMessage[] = [];
  for (let i = from; i < events.length; i++) {
    const e = events[i]!;
    if (e.type === 'message_shown') shown.push({ key: i, text: e.text, level: e.level });
  }
  return shown;
}

/** The loading messages of the actions under way (`action_started` not yet finished or failed), oldest first. */
export function loadingMessages(state: RunState | null): Array<{ id: string; text: string }> {
  return Object.entries(state?.running_actions ?? {})
    .filter(([, a]) => a.loading_message)
    .map(([id, a]) => ({ id, text: a.loading_message! }));
}

/** One output an action showed, by renderer id (the newest output of an id replaces the older one). */
export interface ShownOutput {
  id: string;
  renderer: RendererKind;
  title?: string;
  data: unknown;
}

/** The run's renderer outputs, in the order first shown. */
export function shownOutputs(state: RunState | null): ShownOutput[] {
  return Object.entries(state?.outputs ?? {}).map(([id, o]) => ({ id, ...o }));
}
