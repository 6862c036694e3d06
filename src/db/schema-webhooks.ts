import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAtColumn, idColumn, ownedBy, tenantIdColumn } from './columns.js';
import type { DeliveryStatus, WebhookEventType } from '../core/webhook-events.js';

/**
 * Webhooks: endpoints per wizard, deliveries of events to them (sent by the durable queue) and every
 * attempt of each delivery. Signing secrets are stored encrypted (AES-256-GCM, key from APP_SECRET).
 */

export {
  DELIVERY_STATUSES,
  WEBHOOK_EVENT_TYPES,
  type DeliveryStatus,
  type WebhookEventType,
} from '../core/webhook-events.js';

const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

/** Where a wizard's events are sent. `secret_encrypted` holds the Standard Webhooks secret (whsec_…). */
export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
    id: idColumn(),
    tenantId: tenantIdColumn(),
    wizardId: uuid('wizard_id').notNull(),
    url: text('url').notNull(),
    description: text('description').notNull().default(''),
    secretEncrypted: text('secret_encrypted').notNull(),
    events: jsonb('events').$type<WebhookEventType[]>().notNull(),
    enabled: boolean('enabled').notNull().default(true),
    createdAt: createdAtColumn(),
    updatedAt: updatedAt(),
  },
  (t) => [index('webhook_endpoints_wizard_idx').on(t.tenantId, t.wizardId)],
);

/** One event to send to one endpoint. `id` is the Standard Webhooks message id (webhook-id header). */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: idColumn(),
    tenantId: tenantIdColumn(),
    endpointId: ownedBy('endpoint_id', () => webhookEndpoints.id),
    runId: uuid('run_id'),
    eventType: text('event_type').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    status: text('status').$type<DeliveryStatus>().notNull().default('pending'),
    attemptCount: integer('attempt_count').notNull().default(0),
    lastStatusCode: integer('last_status_code'),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }),
    createdAt: createdAtColumn(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('webhook_deliveries_endpoint_idx').on(t.endpointId, t.createdAt),
    index('webhook_deliveries_tenant_idx').on(t.tenantId, t.createdAt),
    check('webhook_deliveries_status_check', sql`${t.status} in ('pending', 'succeeded', 'failed')`),
  ],
);

/** One HTTP attempt of a delivery: status code (null on network error or timeout), duration, excerpt. */
export const webhookAttempts = pgTable(
  'webhook_attempts',
  {
    id: idColumn(),
    deliveryId: ownedBy('delivery_id', () => webhookDeliveries.id),
    attempt: integer('attempt').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    durationMs: integer('duration_ms').notNull(),
    statusCode: integer('status_code'),
    error: text('error'),
    responseExcerpt: text('response_excerpt'),
    outcome: text('outcome').$type<'success' | 'retry' | 'failed'>().notNull(),
  },
  (t) => [index('webhook_attempts_delivery_idx').on(t.deliveryId, t.attempt)],
);
