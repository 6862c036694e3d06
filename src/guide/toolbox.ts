import type { RunEvent } from '../core/events/run-events.js';
import type { RunHandle } from '../core/wizard/run-handle.js';
import type { CommandContext, RunCommand } from '../core/wizard/run-state.js';
import { snapshotRun, type RunSnapshot } from '../core/wizard/snapshot.js';
import type { GuideToolbox, GuideToolName, SetFieldArgs, ToolCallRecord, ToolResult } from './types.js';

/** A toolbox bound to one run, recording each call and the events it produced during the current turn. */
export interface RecordingToolbox extends GuideToolbox {
  /** Calls and events since the last `drain()`, then forgets them. */
  drain(): { calls: ToolCallRecord[]; events: RunEvent[] };
  snapshot(): RunSnapshot;
}

/**
 * Builds the guide's tools over a run handle. Each tool is one run-engine command issued with actor
 * `guide` (and the channel `channel()` names for the current turn, e.g. `voice`); a refused command becomes
 * `{ ok: false, error }` whose text says why, for the brain to re-ask.
 */
export function createToolbox(
  run: RunHandle,
  channel: () => CommandContext['channel'] = () => undefined,
): RecordingToolbox {
  let calls: ToolCallRecord[] = [];
  let events: RunEvent[] = [];
  const snapshot = (): RunSnapshot => snapshotRun(run.definition, run.state());

  async function exec(
    name: GuideToolName,
    args: Record<string, unknown>,
    command: RunCommand | null,
    success: (s: RunSnapshot) => string,
  ): Promise<ToolResult> {
    let result: ToolResult;
    if (command) {
      const outcome = await run.dispatch(command, { actor: 'guide', channel: channel() });
      events.push(...outcome.events);
      const snap = snapshot();
      result =
        outcome.problems.length > 0
          ? { ok: false, error: outcome.problems.map((p) => p.message).join('; '), snapshot: snap }
          : { ok: true, message: success(snap), snapshot: snap };
    } else {
      const snap = snapshot();
      result = { ok: true, message: success(snap), snapshot: snap };
    }
    calls.push({ name, args, result });
    return result;
  }

  return {
    set_wizard_field: (args: SetFieldArgs) =>
      exec(
        'set_wizard_field',
        { ...args },
        {
          type: 'set_field',
          field: args.field_name,
          value: args.value,
          provenance: {
            source: 'guide',
            utterance: args.utterance,
            extractor: args.extractor,
            confidence: args.confidence,
          },
        },
        (s) => {
          const f = s.fields.find((x) => x.name === args.field_name);
          return `${f?.label ?? args.field_name} set to ${f?.display ?? String(args.value)}`;
        },
      ),
    clear_wizard_field: (args) =>
      exec(
        'clear_wizard_field',
        { ...args },
        { type: 'clear_field', field: args.field_name },
        () => `${args.field_name} cleared`,
      ),
    wizard_next_step: () => exec('wizard_next_step', {}, { type: 'next_step' }, describeStep),
    wizard_previous_step: () => exec('wizard_previous_step', {}, { type: 'previous_step' }, describeStep),
    wizard_go_to_step: (args) =>
      exec('wizard_go_to_step', { ...args }, { type: 'go_to_step', step_id: args.step_id }, describeStep),
    get_wizard_state: () => exec('get_wizard_state', {}, null, describeState),
    complete_wizard: () => exec('complete_wizard', {}, { type: 'complete' }, () => 'the wizard is complete'),
    apply_wizard_option_set: (args) =>
      exec(
        'apply_wizard_option_set',
        { ...args },
        { type: 'apply_option_set', field: args.field_name },
        () => `${args.field_name} pressed`,
      ),
    drain() {
      const out = { calls, events };
      calls = [];
      events = [];
      return out;
    },
    snapshot,
  };
}

function describeStep(s: RunSnapshot): string {
  return s.is_review ? 'now on the review page' : `now on step "${s.current_step?.title}"`;
}

function describeState(s: RunSnapshot): string {
  const answered = s.fields.filter((f) => f.answered).map((f) => `${f.name}=${f.display}`);
  return [
    `status ${s.status}; ${describeStep(s)}`,
    `answered: ${answered.join(', ') || 'nothing yet'}`,
    `still required: ${s.missing_required.join(', ') || 'nothing'}`,
  ].join('\n');
}
