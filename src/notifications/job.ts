import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { getEmailNotification } from '../db/notifications.js';
import { jobIdFor, type JobQueue } from '../db/queue.js';
import type { AppendHook } from '../db/runs.js';
import { getRun } from '../db/runs.js';
import { emailNotifications, runs } from '../db/schema.js';
import { getPublishedVersion } from '../db/wizards.js';
import { sendLogged } from './send-logged.js';
import type { Mailer } from './mailer.js';
import { completionEmail } from './message.js';

/**
 * Completion emails through the durable queue, as webhooks are delivered: when a run completes, the append's
 * transaction enqueues one job (if the wizard has an enabled completion email), so the email exists exactly
 * when the completion does and survives a crash. The job renders and sends it; a failed send is logged and
 * thrown, and pg-boss retries it with backoff.
 */

export const EMAIL_NOTIFICATION_QUEUE = 'email-notification';

/** A notification job's data. */
export interface EmailNotificationJob {
  runId: string;
}

/** Creates the queue with its retry policy (8 retries, from 60 s, doubling). Call before any transaction sends. */
export function createNotificationQueue(queue: JobQueue): Promise<void> {
  return queue.createQueue(EMAIL_NOTIFICATION_QUEUE, {
    retryLimit: 8,
    retryDelay: 60,
    retryBackoff: true,
    expireInSeconds: 120,
  });
}

/** The job id of a run's completion email (one per run, see jobIdFor). */
export function notificationJobId(runId: string): string {
  return jobIdFor(`email/${runId}`);
}

/** The AppendHook that enqueues a completion email in the transaction appending a `wizard_complete` event. */
export function notificationOutboxHook(queue: JobQueue): AppendHook {
  return ({ runId, events }) => {
    if (!events.some(({ event }) => event.type === 'wizard_complete')) return null;
    return { inTransaction: (tx) => enqueueCompletionEmail(tx, queue, runId) };
  };
}

/** Enqueues the completion email of a run whose wizard has it enabled (nothing otherwise). */
async function enqueueCompletionEmail(tx: Db, queue: JobQueue, runId: string): Promise<void> {
  const [wanted] = await tx
    .select({ id: emailNotifications.id })
    .from(runs)
    .innerJoin(
      emailNotifications,
      and(eq(emailNotifications.tenantId, runs.tenantId), eq(emailNotifications.wizardId, runs.wizardId)),
    )
    .where(and(eq(runs.id, runId), eq(emailNotifications.enabled, true)));
  if (!wanted) return;
  const data: EmailNotificationJob = { runId };
  await queue.send(EMAIL_NOTIFICATION_QUEUE, data, { id: notificationJobId(runId), tx });
}

/** What the job needs: the database, the mailer, and the app's public URL for the run link. */
export interface NotificationJobDeps {
  db: Db;
  mailer: Mailer;
  publicUrl: string;
}

/**
 * Sends a run's completion email to the wizard's current recipients. Returns `skipped` when the run, its
 * version or the (enabled) setting is gone, `sent` otherwise. A failed send is logged and rethrown.
 */
export async function runNotificationJob(
  deps: NotificationJobDeps,
  job: EmailNotificationJob,
): Promise<'sent' | 'skipped'> {
  const run = await getRun(deps.db, job.runId);
  if (!run || run.status !== 'completed') return 'skipped';
  const setting = await getEmailNotification(deps.db, run.tenantId, run.wizardId);
  const version = await getPublishedVersion(deps.db, run.wizardId, run.wizardVersion);
  if (!setting?.enabled || !version) return 'skipped';
  const email = await completionEmail(
    {
      id: run.id,
      definition: version.definition,
      values: run.values,
      channel: run.channel,
      completedAt: run.completedAt ?? run.updatedAt,
      link: `${deps.publicUrl.replace(/\/$/, '')}/runs/${run.id}/detail`,
    },
    setting.subject,
  );
  const entry = {
    tenantId: run.tenantId,
    wizardId: run.wizardId,
    runId: run.id,
    recipients: setting.recipients,
  };
  return sendLogged(deps.db, deps.mailer, entry, email);
}
