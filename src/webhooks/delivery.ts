import { Webhook } from 'standardwebhooks';
import type { Db } from '../db/client.js';
import { getDeliveryTarget, recordAttempt } from '../db/webhook-deliveries.js';
import type { HttpAttempt } from './http.js';
import { decideRetry, RETRY_WINDOW_MS } from './retry.js';
import { jobIdFor, type JobQueue } from '../db/queue.js';

/**
 * The webhook delivery job: one job per attempt of a delivery. The handler signs the stored message per the
 * Standard Webhooks specification (`webhook-id` = the delivery id, `webhook-timestamp`, `webhook-signature`),
 * POSTs it, and in one transaction logs the attempt, moves the delivery on and — when it is to be retried —
 * enqueues the next attempt's job. Job ids are derived from (delivery, attempt), so enqueueing an attempt twice
 * is a no-op, and a job whose attempt was already made does nothing.
 */

export const WEBHOOK_DELIVERY_QUEUE = 'webhook-delivery';

/**
 * Creates the delivery queue with its job defaults (10 retries of a crashed handler, an expiry past the
 * request timeout `timeoutMs`). Call it before any transaction enqueues a delivery (see JobQueue.send).
 */
export function createDeliveryQueue(queue: JobQueue, timeoutMs: number): Promise<void> {
  return queue.createQueue(WEBHOOK_DELIVERY_QUEUE, {
    retryLimit: 10,
    retryDelay: 30,
    retryBackoff: true,
    expireInSeconds: Math.ceil(timeoutMs / 1000) + 60,
  });
}

/** A delivery job's data. */
export interface WebhookDeliveryJob {
  deliveryId: string;
  /** The attempt this job makes (1-based, counted over the delivery's whole life). */
  attempt: number;
  /** The end of this attempt series (ISO 8601): no retry is scheduled after it. */
  retryUntil: string;
}

/**
 * The job id of a delivery's attempt: the delivery id itself for attempt 1, otherwise a uuid-shaped SHA-256
 * of `deliveryId/attempt`.
 */
export function deliveryJobId(deliveryId: string, attempt: number): string {
  return attempt === 1 ? deliveryId : jobIdFor(`${deliveryId}/${attempt}`);
}

/**
 * Enqueues attempt `attempt` of a delivery (inside `tx` when given), due at `startAfter` (default now), for a
 * series ending at `retryUntil` (default 24 h from now). Returns the job id, or null when it was already queued.
 */
export function enqueueDeliveryAttempt(
  queue: JobQueue,
  deliveryId: string,
  attempt: number,
  options: { tx?: Db; startAfter?: Date; retryUntil?: Date } = {},
): Promise<string | null> {
  const retryUntil = options.retryUntil ?? new Date(Date.now() + RETRY_WINDOW_MS);
  const data: WebhookDeliveryJob = { deliveryId, attempt, retryUntil: retryUntil.toISOString() };
  return queue.send(WEBHOOK_DELIVERY_QUEUE, data, {
    id: deliveryJobId(deliveryId, attempt),
    ...(options.startAfter ? { startAfter: options.startAfter } : {}),
    ...(options.tx ? { tx: options.tx } : {}),
  });
}

export interface WebhookDeliveryDeps {
  db: Db;
  queue: JobQueue;
  /** Decrypts an endpoint's sealed secret (whsec_…). */
  openSecret(sealed: string): string;
  /** Sends one request (see postJson; bound to the configured timeout and address policy). */
  post(url: string, body: string, headers: Record<string, string>): Promise<HttpAttempt>;
  /** The first retry delay in ms (see decideRetry). */
  retryBaseMs: number;
  now?: () => Date;
}

/** What a job did: `skipped` when its attempt was already made or the delivery is gone or finished. */
export type DeliveryJobResult = 'skipped' | 'success' | 'retry' | 'failed';

/** Runs one delivery job (see the module comment). Throws only on database errors (pg-boss retries the job). */
export async function runDeliveryJob(
  deps: WebhookDeliveryDeps,
  job: WebhookDeliveryJob,
): Promise<DeliveryJobResult> {
  const now = deps.now ?? (() => new Date());
  const target = await getDeliveryTarget(deps.db, job.deliveryId);
  if (!target || target.status !== 'pending' || target.attemptCount !== job.attempt - 1) return 'skipped';
  const startedAt = now();
  let result: HttpAttempt;
  if (!target.endpointEnabled) {
    result = {
      statusCode: null,
      durationMs: 0,
      responseExcerpt: null,
      retryAfter: null,
      error: 'the endpoint is disabled',
    };
  } else {
    const body = JSON.stringify(target.payload);
    const signature = new Webhook(deps.openSecret(target.secretEncrypted)).sign(target.id, startedAt, body);
    result = await deps.post(target.url, body, {
      'webhook-id': target.id,
      'webhook-timestamp': String(Math.floor(startedAt.getTime() / 1000)),
      'webhook-signature': signature,
    });
  }
  const decision = target.endpointEnabled
    ? decideRetry(result, job.attempt, {
        now: now(),
        retryUntil: new Date(job.retryUntil),
        baseMs: deps.retryBaseMs,
      })
    : { outcome: 'failed' as const };
  await deps.db.transaction(async (tx) => {
    const recorded = await recordAttempt(tx, {
      deliveryId: target.id,
      attempt: job.attempt,
      startedAt,
      durationMs: result.durationMs,
      statusCode: result.statusCode,
      error: result.error,
      responseExcerpt: result.responseExcerpt,
      outcome: decision.outcome,
      nextAttemptAt: decision.retryAt ?? null,
    });
    if (recorded && decision.retryAt)
      await enqueueDeliveryAttempt(deps.queue, target.id, job.attempt + 1, {
        tx,
        startAfter: decision.retryAt,
        retryUntil: new Date(job.retryUntil),
      });
  });
  return decision.outcome;
}
