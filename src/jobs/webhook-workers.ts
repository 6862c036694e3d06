import type { Config } from '../config/config.js';
import type { JobQueue } from '../db/queue.js';
import type { SecretBox } from '../db/secrets.js';
import type { Db } from '../db/client.js';
import { runDeliveryJob, WEBHOOK_DELIVERY_QUEUE, type WebhookDeliveryJob } from '../webhooks/delivery.js';
import { postJson } from '../webhooks/http.js';
import type { WebhookService } from '../webhooks/service.js';

/** Concurrent delivery workers per process: a slow receiver (up to the timeout) holds one of them. */
const WORKERS = 4;
/** How often the sweep looks for pending deliveries whose job was lost, in ms. */
const SWEEP_INTERVAL_MS = 60_000;

/** Where the workers log each attempt and each failed sweep. */
export interface WorkerLogger {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** What the webhook workers need: the database, queue, sealed secrets, settings and the webhook service. */
export interface WebhookWorkerDeps {
  db: Db;
  queue: JobQueue;
  secrets: SecretBox;
  config: Pick<
    Config,
    'GUIDEPOST_WEBHOOK_TIMEOUT_MS' | 'GUIDEPOST_WEBHOOK_ALLOW_PRIVATE' | 'GUIDEPOST_WEBHOOK_RETRY_BASE_MS'
  >;
  webhooks: WebhookService;
  log: WorkerLogger;
}

/**
 * Starts this process's webhook delivery workers on the durable queue (each job is one signed attempt, see
 * webhooks/delivery.ts) and a sweep, at once and every minute, for pending deliveries whose chain of jobs
 * broke. Any process with a run service may run them (server, CLI, MCP server): the queue hands each job to
 * one worker across all processes. Returns the function that stops the sweep and waits for a sweep under way
 * (the workers stop with the queue).
 */
export async function startWebhookWorkers(deps: WebhookWorkerDeps): Promise<() => Promise<void>> {
  const { db, queue, secrets, config, log } = deps;
  const jobDeps = {
    db,
    queue,
    openSecret: (sealed: string) => secrets.open(sealed),
    post: (url: string, body: string, headers: Record<string, string>) =>
      postJson(url, body, headers, {
        timeoutMs: config.GUIDEPOST_WEBHOOK_TIMEOUT_MS,
        allowPrivate: config.GUIDEPOST_WEBHOOK_ALLOW_PRIVATE,
      }),
    retryBaseMs: config.GUIDEPOST_WEBHOOK_RETRY_BASE_MS,
  };
  for (let i = 0; i < WORKERS; i++)
    await queue.work<WebhookDeliveryJob>(WEBHOOK_DELIVERY_QUEUE, async (job) => {
      const outcome = await runDeliveryJob(jobDeps, job.data);
      if (outcome !== 'skipped')
        log.info(
          { deliveryId: job.data.deliveryId, attempt: job.data.attempt, outcome },
          'webhook delivery attempt',
        );
    });

  let sweeping: Promise<unknown> = Promise.resolve();
  const sweep = () => {
    sweeping = deps.webhooks
      .sweep()
      .catch((error: unknown) => log.error({ err: error }, 'webhook sweep failed'));
  };
  sweep();
  const timer = setInterval(sweep, SWEEP_INTERVAL_MS).unref();
  return async () => {
    clearInterval(timer);
    await sweeping;
  };
}
