import { randomUUID } from 'node:crypto';
import type { Action, EventBinding } from '../core/actions/definition.js';
import type { JobQueue } from '../db/queue.js';
import type { AppendHook } from '../db/runs.js';
import type { ReactingRun } from '../runs/effects.js';
import { startCommand } from './action-runner.js';

/** The durable queue of asynchronous (`is_async`) actions. */
export const ASYNC_ACTION_QUEUE = 'async-action';

/** Attempts of one async action job: a process that dies mid-job leaves it to the next attempt. */
const JOB_RETRY_LIMIT = 5;
/** Seconds a job may run before it counts as lost (its process died) and is retried. */
const JOB_EXPIRE_SECONDS = 120;

/**
 * One async action to run: the run, the `action_started` id, the event binding and action (by id, looked up
 * in the run's pinned definition), the trigger's payload, the earlier actions' results of that event, and
 * the reaction depth its changes run at (the depth limit holds across jobs).
 */
export interface AsyncActionJob {
  runId: string;
  startedId: string;
  eventId: string;
  actionId: string;
  payload: Record<string, unknown>;
  results: Record<string, unknown>;
  depth: number;
}

/** Creates the queue (before any transaction sends to it, see JobQueue.send). */
export async function createAsyncActionQueue(queue: JobQueue): Promise<void> {
  await queue.createQueue(ASYNC_ACTION_QUEUE, {
    retryLimit: JOB_RETRY_LIMIT,
    retryDelay: 1,
    retryBackoff: true,
    expireInSeconds: JOB_EXPIRE_SECONDS,
  });
}

/**
 * Hands `is_async` actions to the durable queue (DESIGN.md "Seams": asynchronous actions report back as run
 * events). `enqueue` records the action's `action_started` event (with `async: true`); `hook`, an AppendHook
 * in the run's effects, writes the job in the same transaction as that event, so the job exists exactly
 * when the event does: a process that dies before the commit leaves neither, one that dies after leaves the
 * job to any worker (src/jobs/action-workers.ts). The job's data waits in this process's `pending` map
 * only between `enqueue` and that commit.
 */
export class AsyncActions {
  private readonly pending = new Map<string, AsyncActionJob>();

  constructor(private readonly queue: JobQueue) {}

  /** The AppendHook that writes the job of each async `action_started` this process recorded. */
  readonly hook: AppendHook = ({ events }) => {
    const jobs = events.flatMap(({ event }) => {
      if (event.type !== 'action_started' || !event.async) return [];
      const job = this.pending.get(event.id);
      return job ? [{ id: event.id, job }] : [];
    });
    if (jobs.length === 0) return null;
    return {
      inTransaction: async (tx) => {
        for (const { id, job } of jobs) await this.queue.send(ASYNC_ACTION_QUEUE, job, { tx, id });
      },
    };
  };

  /** Records the start of an async action in the run and, with it, its job (see the class comment). */
  async enqueue(
    run: ReactingRun,
    binding: EventBinding,
    action: Action,
    payload: Record<string, unknown>,
    results: Record<string, unknown>,
  ): Promise<void> {
    const startedId = randomUUID();
    this.pending.set(startedId, {
      runId: run.runId,
      startedId,
      eventId: binding.id,
      actionId: action.id,
      payload,
      results: { ...results },
      depth: run.depth + 1,
    });
    try {
      await run.apply(startCommand(startedId, binding, action, true), { actor: 'action' });
    } finally {
      this.pending.delete(startedId);
    }
  }
}
