import type { Db } from '../db/client.js';
import type { JobQueue } from '../db/queue.js';
import {
  EMAIL_NOTIFICATION_QUEUE,
  runNotificationJob,
  type EmailNotificationJob,
} from '../notifications/job.js';
import type { Mailer } from '../notifications/mailer.js';
import type { WorkerLogger } from './webhook-workers.js';

/**
 * Starts this process's completion email worker on the durable queue (see notifications/job.ts). A job whose
 * send fails throws, so pg-boss retries it (8 times, with backoff).
 */
export async function startNotificationWorkers(deps: {
  db: Db;
  queue: JobQueue;
  mailer: Mailer;
  publicUrl: string;
  log: WorkerLogger;
}): Promise<void> {
  await deps.queue.work<EmailNotificationJob>(EMAIL_NOTIFICATION_QUEUE, async (job) => {
    try {
      const outcome = await runNotificationJob(deps, job.data);
      deps.log.info({ runId: job.data.runId, outcome }, 'completion email');
    } catch (error) {
      deps.log.error({ err: error, runId: job.data.runId }, 'completion email failed; it will be retried');
      throw error;
    }
  });
}
