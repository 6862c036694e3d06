import type { Db } from '../db/client.js';
import type { JobQueue } from '../db/queue.js';
import {
  EMAIL_NOTIFICATION_QUEUE,
  runNotificationJob,
  type EmailNotificationJob,
} from '../notifications/job.js';
import type { Mailer } from '../notifications/mailer.js';
import { RESUME_EMAIL_QUEUE, runResumeEmailJob, type ResumeEmailJob } from '../notifications/resume-email.js';
import type { SecretBox } from '../db/secrets.js';
import type { WorkerLogger } from './webhook-workers.js';

/**
 * Starts this process's email workers on the durable queue: completion emails (see notifications/job.ts) and
 * visitors' resume links (see notifications/resume-email.ts). A job whose send fails throws, so pg-boss
 * retries it with backoff.
 */
export async function startNotificationWorkers(deps: {
  db: Db;
  queue: JobQueue;
  mailer: Mailer;
  publicUrl: string;
  /** Opens the resume links sealed in resume email jobs. */
  resumeSecrets: SecretBox;
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
  await deps.queue.work<ResumeEmailJob>(RESUME_EMAIL_QUEUE, async (job) => {
    try {
      const outcome = await runResumeEmailJob(
        { db: deps.db, mailer: deps.mailer, secrets: deps.resumeSecrets },
        job.data,
      );
      deps.log.info({ runId: job.data.runId, outcome }, 'resume email');
    } catch (error) {
      deps.log.error({ err: error, runId: job.data.runId }, 'resume email failed; it will be retried');
      throw error;
    }
  });
}
