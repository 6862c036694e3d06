import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import {
  runDeliveryJob,
  WEBHOOK_DELIVERY_QUEUE,
  type WebhookDeliveryJob,
} from '../../jobs/webhook-delivery.js';
import { secretBox } from '../secrets.js';
import { postJson } from './http.js';
import { webhookOutboxHook } from './outbox.js';
import { WebhookService } from './service.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Webhook endpoints, deliveries, redelivery and test events (see WebhookService). */
    webhooks: WebhookService;
  }
}

/** Concurrent delivery workers per process: a slow receiver (up to the timeout) holds one of them. */
const WORKERS = 4;
/** How often the sweep looks for pending deliveries whose job was lost, in ms. */
const SWEEP_INTERVAL_MS = 60_000;

/**
 * Webhooks: the service, the outbox hook on every run-event append, the delivery workers on the durable queue,
 * and a sweep at start-up and every minute for deliveries whose chain of jobs broke.
 */
async function webhooksPlugin(app: FastifyInstance): Promise<void> {
  const { config, queue } = app;
  const db = app.database.db;
  const secrets = secretBox(app.appSecret, 'webhook-endpoint');
  const service = new WebhookService({
    db,
    queue,
    secrets,
    allowPrivate: config.GUIDEPOST_WEBHOOK_ALLOW_PRIVATE,
  });
  app.decorate('webhooks', service);
  // Queues must exist before a transaction sends to them (see JobQueue.send).
  await queue.createQueue(WEBHOOK_DELIVERY_QUEUE, {
    retryLimit: 10,
    retryDelay: 30,
    retryBackoff: true,
    expireInSeconds: Math.ceil(config.GUIDEPOST_WEBHOOK_TIMEOUT_MS / 1000) + 60,
  });
  app.runAppendHooks.push(webhookOutboxHook(queue, config.PUBLIC_URL));

  const deps = {
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
      const outcome = await runDeliveryJob(deps, job.data);
      if (outcome !== 'skipped')
        app.log.info(
          { deliveryId: job.data.deliveryId, attempt: job.data.attempt, outcome },
          'webhook delivery attempt',
        );
    });

  let sweeping: Promise<unknown> = Promise.resolve();
  const sweep = () => {
    sweeping = service
      .sweep()
      .catch((error: unknown) => app.log.error({ err: error }, 'webhook sweep failed'));
  };
  let timer: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    sweep();
    timer = setInterval(sweep, SWEEP_INTERVAL_MS).unref();
  });
  app.addHook('preClose', async () => {
    clearInterval(timer);
    await sweeping;
  });
}

export default fp(webhooksPlugin, { name: 'webhooks', dependencies: ['database', 'queue'] });
