import { createHash } from 'node:crypto';
import type { Db } from '../db/client.js';
import { findIdleRuns } from '../db/public-wizards.js';
import type { JobQueue } from '../db/queue.js';
import type { RunService } from '../runs/run-service.js';

/** The queue of the abandonment sweep: one job per sweep slot. */
export const ABANDON_SWEEP_QUEUE = 'runs.abandon-idle';
/** Idle runs abandoned per sweep at most; the next sweep takes the rest. */
const BATCH = 200;

/** What the sweep needs. `intervalSeconds` is GUIDEPOST_ABANDON_SWEEP_SECONDS. */
export interface AbandonSweepDeps {
  db: Db;
  queue: JobQueue;
  runs: RunService;
  intervalSeconds: number;
  log: { info(obj: object, msg: string): void; error(obj: object, msg: string): void };
  now?: () => Date;
}

/**
 * The job id of sweep slot `slot` (a UUID made from its number): every process that schedules a slot
 * schedules the same job, and pg-boss keeps one.
 */
export function sweepJobId(slot: number): string {
  const hex = createHash('sha256').update(`${ABANDON_SWEEP_QUEUE}:${slot}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Marks idle runs abandoned: every active run whose last change is older than its pinned version's
 * `settings.abandon_after_minutes` gets a `wizard_abandon` event by the system (reason "idle for N
 * minutes"), which sends the `run.abandoned` webhook with the partial values through the usual outbox.
 * A run that changed or closed meanwhile is skipped. Returns the ids abandoned.
 */
export async function abandonIdleRuns(deps: Pick<AbandonSweepDeps, 'db' | 'runs' | 'log' | 'now'>) {
  const idle = await findIdleRuns(deps.db, deps.now?.() ?? new Date(), BATCH);
  const abandoned: string[] = [];
  for (const { runId, minutes } of idle) {
    try {
      await deps.runs.abandon(runId, `idle for ${minutes} minute${minutes === 1 ? '' : 's'}`, {
        actor: 'system',
        provenance: { source: 'default', confidence: 1 },
      });
      abandoned.push(runId);
    } catch (error) {
      // Completed or abandoned between the query and the command: nothing to do.
      deps.log.info({ runId, err: error }, 'idle run not abandoned');
    }
  }
  if (abandoned.length > 0) deps.log.info({ count: abandoned.length }, 'idle runs abandoned');
  return abandoned;
}

/**
 * Starts the scheduled abandonment sweep on the durable queue: a job per slot of `intervalSeconds`
 * (deterministic ids, so several processes schedule each slot once); each job sweeps, then schedules the
 * next slot. pg-boss hands each job to one worker across processes.
 */
export async function startAbandonSweep(deps: AbandonSweepDeps): Promise<void> {
  const intervalMs = deps.intervalSeconds * 1000;
  const clock = () => (deps.now?.() ?? new Date()).getTime();
  const schedule = async (slot: number) => {
    await deps.queue.send(
      ABANDON_SWEEP_QUEUE,
      { slot },
      {
        id: sweepJobId(slot),
        startAfter: new Date(slot * intervalMs),
        retryLimit: 2,
      },
    );
  };
  await deps.queue.work<{ slot: number }>(ABANDON_SWEEP_QUEUE, async (job) => {
    try {
      await abandonIdleRuns(deps);
    } finally {
      await schedule(Math.max(job.data.slot + 1, Math.floor(clock() / intervalMs) + 1));
    }
  });
  await schedule(Math.floor(clock() / intervalMs));
}
