import { randomBytes } from 'node:crypto';
import type { Db } from '../db/client.js';
import type { WebhookEventType } from '../db/schema-webhooks.js';
import * as deliveries from '../db/webhook-deliveries.js';
import * as repo from '../db/webhooks.js';
import { getWizard } from '../db/wizards.js';
import { enqueueDeliveryAttempt } from './delivery.js';
import type { JobQueue } from '../db/queue.js';
import { DomainError, notFoundError as notFound } from '../core/errors.js';
import type { SecretBox } from '../db/secrets.js';
import { testMessage } from './payload.js';
import { RETRY_WINDOW_MS } from './retry.js';
import { assertPublicHost } from './ssrf.js';

export type { AttemptRecord, DeliveryRecord } from '../db/webhook-deliveries.js';
export type { EndpointRecord } from '../db/webhooks.js';

/**
 * Webhook endpoints and deliveries as the API sees them: everything is scoped to the caller's tenant (another
 * tenant's wizard, endpoint or delivery is "not found"), signing secrets are generated here, sealed before they
 * are stored and shown only once, and redeliveries and test events go through the durable queue.
 */

export interface EndpointInput {
  url: string;
  description?: string;
  events: WebhookEventType[];
  enabled?: boolean;
}

export interface WebhookServiceDeps {
  db: Db;
  queue: JobQueue;
  /** Seals and opens endpoint secrets (purpose WEBHOOK_SECRET_PURPOSE). */
  secrets: SecretBox;
  /** Allow endpoint URLs on private or loopback addresses (GUIDEPOST_WEBHOOK_ALLOW_PRIVATE). */
  allowPrivate: boolean;
}

/** The secret-box purpose endpoint signing secrets are sealed under (see secretBox). */
export const WEBHOOK_SECRET_PURPOSE = 'webhook-endpoint';

/** A new Standard Webhooks signing secret: `whsec_` and 32 random bytes in base64. */
export function generateSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/** The webhook API's logic (see the module comment); routes validate, call it, and map its records to JSON. */
export class WebhookService {
  constructor(private readonly deps: WebhookServiceDeps) {}

  /** Throws 404 unless the wizard exists in the tenant. */
  private async assertWizard(tenantId: string, wizardId: string): Promise<void> {
    if (!repo.isUuid(wizardId) || !(await getWizard(this.deps.db, wizardId, tenantId)))
      throw notFound(`wizard ${wizardId}`);
  }

  /** Throws 400 when the URL is not http(s) or (unless allowed) points at a private address. */
  private checkUrl(url: string): void {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw badUrl('is not a valid URL');
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
      throw badUrl('must be an http or https URL');
    if (parsed.username || parsed.password) throw badUrl('must not contain credentials');
    if (!this.deps.allowPrivate) {
      try {
        assertPublicHost(parsed);
      } catch (error) {
        throw badUrl((error as Error).message);
      }
    }
  }

  /** A wizard's endpoints. Throws 404 for a wizard outside the tenant. */
  async listEndpoints(tenantId: string, wizardId: string): Promise<repo.EndpointRecord[]> {
    await this.assertWizard(tenantId, wizardId);
    return repo.listEndpoints(this.deps.db, tenantId, wizardId);
  }

  /** Creates an endpoint; the answer's `secret` is the only time the signing secret is shown. */
  async createEndpoint(
    tenantId: string,
    wizardId: string,
    input: EndpointInput,
  ): Promise<{ endpoint: repo.EndpointRecord; secret: string }> {
    await this.assertWizard(tenantId, wizardId);
    this.checkUrl(input.url);
    const secret = generateSecret();
    const endpoint = await repo.insertEndpoint(this.deps.db, {
      tenantId,
      wizardId,
      url: input.url,
      description: input.description ?? '',
      events: [...new Set(input.events)],
      enabled: input.enabled ?? true,
      secretEncrypted: this.deps.secrets.seal(secret),
    });
    return { endpoint, secret };
  }

  /** Changes an endpoint's URL, description, events or enabled flag. Throws 404. */
  async updateEndpoint(
    tenantId: string,
    wizardId: string,
    endpointId: string,
    patch: Partial<EndpointInput>,
  ): Promise<repo.EndpointRecord> {
    await this.assertWizard(tenantId, wizardId);
    if (patch.url !== undefined) this.checkUrl(patch.url);
    const events = patch.events ? [...new Set(patch.events)] : undefined;
    const updated = await repo.updateEndpoint(this.deps.db, tenantId, wizardId, endpointId, {
      ...patch,
      ...(events ? { events } : {}),
    });
    if (!updated) throw notFound(`webhook endpoint ${endpointId}`);
    return updated;
  }

  /**
   * Replaces an endpoint's signing secret with a new one, returned this once; attempts from now on are signed
   * with it (pending retries included). Throws 404.
   */
  async rotateSecret(
    tenantId: string,
    wizardId: string,
    endpointId: string,
  ): Promise<{ endpoint: repo.EndpointRecord; secret: string }> {
    await this.assertWizard(tenantId, wizardId);
    const secret = generateSecret();
    const endpoint = await repo.updateEndpoint(this.deps.db, tenantId, wizardId, endpointId, {
      secretEncrypted: this.deps.secrets.seal(secret),
    });
    if (!endpoint) throw notFound(`webhook endpoint ${endpointId}`);
    return { endpoint, secret };
  }

  /** Deletes an endpoint with its deliveries. Throws 404. */
  async deleteEndpoint(tenantId: string, wizardId: string, endpointId: string): Promise<void> {
    await this.assertWizard(tenantId, wizardId);
    if (!(await repo.deleteEndpoint(this.deps.db, tenantId, wizardId, endpointId)))
      throw notFound(`webhook endpoint ${endpointId}`);
  }

  /** A wizard's deliveries with their attempts, newest first. Throws 404. */
  async listDeliveries(tenantId: string, wizardId: string, filter: deliveries.DeliveryFilter) {
    await this.assertWizard(tenantId, wizardId);
    if (filter.endpointId && !repo.isUuid(filter.endpointId)) return [];
    return deliveries.listDeliveries(this.deps.db, tenantId, wizardId, filter);
  }

  /**
   * Starts a new attempt series (24 h) for a finished delivery, with the same message and webhook-id.
   * Throws 404, or 409 while the delivery is still pending.
   */
  async redeliver(tenantId: string, deliveryId: string): Promise<deliveries.DeliveryRecord> {
    const delivery = await deliveries.getDelivery(this.deps.db, tenantId, deliveryId);
    if (!delivery) throw notFound(`webhook delivery ${deliveryId}`);
    const reopened = await this.deps.db.transaction(async (tx) => {
      const row = await deliveries.reopenDelivery(tx, delivery.id);
      if (row) await enqueueDeliveryAttempt(this.deps.queue, row.id, row.attemptCount + 1, { tx });
      return row;
    });
    if (!reopened)
      throw new DomainError(
        'conflict',
        `webhook delivery ${deliveryId} is still pending; its next attempt is scheduled`,
      );
    this.deps.queue.wake('webhook-delivery');
    return reopened;
  }

  /** Sends a `webhook.test` message to an endpoint as an ordinary delivery. Throws 404. */
  async sendTest(tenantId: string, wizardId: string, endpointId: string): Promise<deliveries.DeliveryRecord> {
    await this.assertWizard(tenantId, wizardId);
    const endpoint = await repo.getEndpoint(this.deps.db, tenantId, wizardId, endpointId);
    if (!endpoint) throw notFound(`webhook endpoint ${endpointId}`);
    const message = testMessage(wizardId, endpoint.id, new Date());
    const id = await this.deps.db.transaction(async (tx) => {
      const [deliveryId] = await deliveries.insertDeliveries(tx, [
        { tenantId, endpointId: endpoint.id, runId: null, eventType: message.type, payload: { ...message } },
      ]);
      await enqueueDeliveryAttempt(this.deps.queue, deliveryId!, 1, { tx });
      return deliveryId!;
    });
    this.deps.queue.wake('webhook-delivery');
    return (await deliveries.getDelivery(this.deps.db, tenantId, id))!;
  }

  /**
   * Waits until every webhook delivery of a run has had its first attempt or `timeoutMs` (default 10 s)
   * passes, polling every `intervalMs` (default 100); returns where they stand. For processes that end soon
   * after a run (the CLI): deliveries still pending after that are retried by any process running workers.
   */
  async settleRun(
    runId: string,
    options: { timeoutMs?: number; intervalMs?: number } = {},
  ): Promise<deliveries.RunDeliveryProgress> {
    const deadline = Date.now() + (options.timeoutMs ?? 10_000);
    for (;;) {
      const progress = await deliveries.runDeliveryProgress(this.deps.db, runId);
      if (progress.unattempted === 0 || Date.now() >= deadline) return progress;
      this.deps.queue.wake('webhook-delivery');
      await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 100));
    }
  }

  /**
   * Re-enqueues the next attempt of pending deliveries overdue by more than `graceMs` (a chain broken by a
   * lost job). Jobs already queued are left alone (same job id). Returns how many were looked at.
   */
  async sweep(graceMs = 60_000): Promise<number> {
    const overdue = await deliveries.overdueDeliveries(this.deps.db, new Date(Date.now() - graceMs));
    for (const delivery of overdue)
      await enqueueDeliveryAttempt(this.deps.queue, delivery.id, delivery.attemptCount + 1, {
        retryUntil: new Date(Math.max(delivery.createdAt.getTime() + RETRY_WINDOW_MS, Date.now() + 60_000)),
      });
    return overdue.length;
  }
}

function badUrl(reason: string): DomainError {
  return new DomainError('bad_request', `body.url ${reason}`, {
    invalidParams: [{ name: 'body.url', reason }],
  });
}
