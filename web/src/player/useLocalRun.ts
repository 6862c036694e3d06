import { useCallback, useMemo, useRef, useState } from 'react';
import type { Actor, RunEvent } from '../../../src/core/events/run-events';
import type { WizardDefinition } from '../../../src/core/wizard/definition';
import { applyRunCommand, type CommandResult } from '../../../src/core/wizard/run-engine';
import type { RunHandle } from '../../../src/core/wizard/run-handle';
import type { CommandContext, RunCommand, RunProblem, RunState } from '../../../src/core/wizard/run-state';
import { snapshotRun } from '../../../src/core/wizard/snapshot';
import type { CommandOutcome, RunController, SetFieldOptions } from './run-controller';

interface LocalRun {
  state: RunState | null;
  events: RunEvent[];
  problems: RunProblem[];
}

export interface LocalRunOptions {
  /** The run's reference date (YYYY-MM-DD) for relative dates; today by default. */
  referenceDate?: string;
  /** The clock, for tests. */
  now?: () => Date;
}

function start(definition: WizardDefinition, options: LocalRunOptions): LocalRun {
  const result = applyRunCommand(
    definition,
    null,
    { type: 'start', wizard_version: 1, reference_date: options.referenceDate },
    { actor: 'form', now: options.now?.() },
  );
  return { state: result.state, events: result.events, problems: result.problems };
}

/** A local run also offers a `RunHandle`, so an in-browser guide session can drive the same run. */
export interface LocalRunController extends RunController {
  handle: RunHandle;
}

/**
 * A run held in this browser tab only, driven by the pure run engine (`applyRunCommand` + `snapshotRun`
 * from src/core): the preview of a wizard, with no server. Implements {@link RunController}, the same
 * interface as the server-backed run. The run starts on mount; remount (change `key`) to start over.
 * A new `definition` object is not picked up by a mounted hook.
 */
export function useLocalRun(
  initialDefinition: WizardDefinition,
  options: LocalRunOptions = {},
): LocalRunController {
  // The definition of the mounted run stays the one it started with, so `handle` and the callbacks are stable.
  const [definition] = useState(initialDefinition);
  const [run, setRun] = useState<LocalRun>(() => start(definition, options));
  // The latest run, so that commands issued in the same tick (a guide filling three fields) chain correctly.
  const latest = useRef(run);
  const optionsRef = useRef(options);

  const apply = useCallback(
    (command: RunCommand, ctx: CommandContext): CommandResult => {
      const current = latest.current;
      const result = applyRunCommand(definition, current.state, command, {
        actor: ctx.actor,
        now: ctx.now ?? optionsRef.current.now?.(),
      });
      const nextRun: LocalRun = {
        state: result.state,
        events: result.events.length > 0 ? [...current.events, ...result.events] : current.events,
        problems: result.problems,
      };
      latest.current = nextRun;
      setRun(nextRun);
      return result;
    },
    [definition],
  );
  const dispatch = useCallback(
    (command: RunCommand, actor: Actor = 'form'): Promise<CommandOutcome> => {
      const result = apply(command, { actor });
      return Promise.resolve({ ok: result.problems.length === 0, problems: result.problems });
    },
    [apply],
  );
  const handle = useMemo<RunHandle>(
    () => ({
      runId: 'local',
      definition,
      state() {
        const state = latest.current.state;
        if (!state) throw new Error('the local run has not started');
        return state;
      },
      dispatch: (command, ctx) => Promise.resolve(apply(command, ctx)),
      events: () => Promise.resolve([...latest.current.events]),
    }),
    [definition, apply],
  );

  const setField = useCallback(
    (field: string, value: unknown, { actor, provenance }: SetFieldOptions = {}) => {
      const source = provenance ?? { source: 'form' as const, confidence: 1 };
      const by: Actor =
        actor ?? (source.source === 'guide' ? 'guide' : source.source === 'action' ? 'action' : 'form');
      return value === null || value === undefined
        ? dispatch({ type: 'clear_field', field }, by)
        : dispatch({ type: 'set_field', field, value, provenance: source }, by);
    },
    [dispatch],
  );
  const next = useCallback(() => dispatch({ type: 'next_step' }), [dispatch]);
  const previous = useCallback(() => dispatch({ type: 'previous_step' }), [dispatch]);
  const goTo = useCallback((stepId: string) => dispatch({ type: 'go_to_step', step_id: stepId }), [dispatch]);
  const complete = useCallback(() => dispatch({ type: 'complete' }), [dispatch]);
  const applyOptionSet = useCallback(
    (field: string) => dispatch({ type: 'apply_option_set', field }),
    [dispatch],
  );

  const snapshot = useMemo(
    () => (run.state ? snapshotRun(definition, run.state) : null),
    [definition, run.state],
  );

  return {
    definition,
    status: run.state ? 'ready' : 'error',
    error: run.state ? undefined : run.problems.map((p) => p.message).join('; '),
    state: run.state,
    snapshot,
    events: run.events,
    problems: run.problems,
    setField,
    next,
    previous,
    goTo,
    complete,
    apply: applyOptionSet,
    handle,
  };
}
