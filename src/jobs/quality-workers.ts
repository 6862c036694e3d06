import type { JobQueue } from '../db/queue.js';
import { setRunStatus } from '../db/quality-runs.js';
import { QUALITY_RUN_QUEUE, type QualityRunJob } from '../sidekicks/quality/jobs.js';
import { executeRun, type RunnerDeps } from '../sidekicks/quality/runner.js';
import type { WorkerLogger } from './webhook-workers.js';

/** What the quality workers need. */
export interface QualityWorkerDeps extends RunnerDeps {
  queue: JobQueue;
  log: WorkerLogger;
}

/**
 * Creates the queue of quality runs: a run whose worker failed (the database away, the process killed and the
 * job expired after 10 minutes) is retried twice, resuming after the cases it stored.
 */
export async function createQualityQueue(queue: JobQueue): Promise<void> {
  await queue.createQueue(QUALITY_RUN_QUEUE, {
    retryLimit: 2,
    retryDelay: 5,
    retryBackoff: true,
    expireInSeconds: 600,
  });
}

/**
 * Starts this process's quality worker: each job runs (or resumes) one run (see executeRun). An error marks the
 * run failed with the reason and fails the job, so the queue retries it (a retry sets it running again).
 */
export async function startQualityWorkers(deps: QualityWorkerDeps): Promise<void> {
  await createQualityQueue(deps.queue);
  await deps.queue.work<QualityRunJob>(QUALITY_RUN_QUEUE, async (job) => {
    try {
      await executeRun(deps, job.data.runId);
      deps.log.info({ runId: job.data.runId }, 'quality run finished');
    } catch (error) {
      await setRunStatus(deps.db, job.data.runId, 'failed', (error as Error).message).catch(() => undefined);
      throw error;
    }
  });
}
