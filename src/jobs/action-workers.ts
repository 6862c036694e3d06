import type { ActionRunner, ApplyingRun } from '../actions/action-runner.js';
import { ASYNC_ACTION_QUEUE, type AsyncActionJob } from '../actions/async-actions.js';
import type { ActionContext } from '../actions/executor.js';
import type { JobQueue } from '../db/queue.js';
import { NotFoundError } from '../db/errors.js';
import type { RunHandles } from '../runs/run-handles.js';

/** Concurrent async-action workers per process: a slow API call (up to its timeout) holds one of them. */
const WORKERS = 2;

/** What the async action workers need. */
export interface ActionWorkerDeps {
  queue: JobQueue;
  handles: RunHandles;
  runner: ActionRunner;
  runOwner(runId: string): Promise<{ tenantId: string; wizardId: string }>;
}

/**
 * Starts this process's workers of `is_async` actions (see actions/async-actions.ts). Each job runs its action
 * on the run's current values through the ActionRunner, whose commands — the output, `action_finished` or
 * `action_failed` — are ordinary run commands with actor `action`, applied at the job's reaction depth. A job
 * whose action is no longer under way (no `action_started` without an end in the run) is done already: a
 * retried job after a crash between its last command and its completion does nothing. A job whose process
 * dies mid-run expires and is retried by the queue, so the action runs at least once. A run or action that
 * no longer exists ends the job.
 */
export async function startActionWorkers(deps: ActionWorkerDeps): Promise<void> {
  for (let i = 0; i < WORKERS; i++)
    await deps.queue.work<AsyncActionJob>(ASYNC_ACTION_QUEUE, (job) => runAsyncAction(deps, job.data));
}

/** Runs one async action job (see startActionWorkers). Throws only for infrastructure failures (retried). */
export async function runAsyncAction(
  deps: Omit<ActionWorkerDeps, 'queue'>,
  job: AsyncActionJob,
): Promise<void> {
  const handle = await deps.handles.get(job.runId).catch((error: unknown) => {
    if (NotFoundError.isInstance(error)) return null;
    throw error;
  });
  if (!handle?.state().running_actions?.[job.startedId]) return;
  const run: ApplyingRun = {
    runId: job.runId,
    apply: (command, ctx) => handle.dispatch(command, ctx, job.depth),
  };
  const binding = handle.definition.events?.find((e) => e.id === job.eventId);
  const action = binding?.actions.find((a) => a.id === job.actionId);
  if (!binding || !action) {
    // Runs pin their definition's version, so this is a damaged log: close the action rather than retry.
    await run.apply(
      {
        type: 'record_action_failure',
        id: job.startedId,
        event_id: job.eventId,
        action_id: job.actionId,
        action_type: '',
        error: 'the action is not in the definition of this run',
      },
      { actor: 'action' },
    );
    return;
  }
  const owner = await deps.runOwner(job.runId);
  const state = handle.state();
  const ctx: ActionContext = {
    tenantId: owner.tenantId,
    runId: job.runId,
    values: state.values,
    event: job.payload,
    results: job.results,
    context: state.action_context ?? {},
    apply: (command) => run.apply(command, { actor: 'action' }),
  };
  await deps.runner.run(run, { binding, action, ctx, wizardId: owner.wizardId }, job.startedId);
}
