import { and, asc, desc, eq, inArray, isNull, lte, or } from 'drizzle-orm';
import type { Db } from './client.js';
import {
  webhookAttempts,
  webhookDeliveries,
  webhookEndpoints,
  type DeliveryStatus,
} from './schema-webhooks.js';
import { isUuid } from './webhooks.js';

/**
 * Webhook deliveries (the outbox: one message for one endpoint) and their attempts. Endpoints are in
 * ./webhooks.ts. Functions take a `Db`, so they run on the database or inside a transaction.
 */

export type DeliveryRecord = typeof webhookDeliveries.$inferSelect;
export type AttemptRecord = typeof webhookAttempts.$inferSelect;

export interface NewDelivery {
  tenantId: string;
  endpointId: string;
  runId: string | null;
  eventType: string;
  payload: Record<string, unknown>;
}

/** Inserts pending deliveries (due now) and returns their ids, in order. */
export async function insertDeliveries(db: Db, rows: readonly NewDelivery[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const now = new Date();
  const inserted = await db
    .insert(webhookDeliveries)
    .values(rows.map((row) => ({ ...row, nextAttemptAt: now })))
    .returning({ id: webhookDeliveries.id });
  return inserted.map((row) => row.id);
}

/** A delivery with what sending it needs: its endpoint's URL, sealed secret and whether it is enabled. */
export interface DeliveryTarget extends DeliveryRecord {
  url: string;
  secretEncrypted: string;
  endpointEnabled: boolean;
}

/** The delivery and its endpoint (any tenant: for the worker), or null. */
export async function getDeliveryTarget(db: Db, deliveryId: string): Promise<DeliveryTarget | null> {
  if (!isUuid(deliveryId)) return null;
  const [row] = await db
    .select({
      delivery: webhookDeliveries,
      url: webhookEndpoints.url,
      secretEncrypted: webhookEndpoints.secretEncrypted,
      endpointEnabled: webhookEndpoints.enabled,
    })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .where(eq(webhookDeliveries.id, deliveryId));
  return row
    ? {
        ...row.delivery,
        url: row.url,
        secretEncrypted: row.secretEncrypted,
        endpointEnabled: row.endpointEnabled,
      }
    : null;
}

export interface AttemptInput {
  deliveryId: string;
  /** This attempt's number: the delivery's attempt_count + 1. */
  attempt: number;
  startedAt: Date;
  durationMs: number;
  statusCode: number | null;
  error: string | null;
  responseExcerpt: string | null;
  outcome: 'success' | 'retry' | 'failed';
  /** When the next attempt is due (outcome `retry`). */
  nextAttemptAt: Date | null;
}

/**
 * Logs an attempt and moves the delivery on (attempt_count, status, last status, next attempt), only if the
 * delivery is still pending at attempt `attempt − 1`. Returns false (and writes nothing) when another worker
 * got there first.
 */
export async function recordAttempt(db: Db, input: AttemptInput): Promise<boolean> {
  const status: DeliveryStatus =
    input.outcome === 'success' ? 'succeeded' : input.outcome === 'failed' ? 'failed' : 'pending';
  const updated = await db
    .update(webhookDeliveries)
    .set({
      attemptCount: input.attempt,
      status,
      lastStatusCode: input.statusCode,
      nextAttemptAt: input.nextAttemptAt,
      updatedAt: new Date(),
    })
    .where(
      and(
        eq(webhookDeliveries.id, input.deliveryId),
        eq(webhookDeliveries.status, 'pending'),
        eq(webhookDeliveries.attemptCount, input.attempt - 1),
      ),
    )
    .returning({ id: webhookDeliveries.id });
  if (updated.length === 0) return false;
  await db.insert(webhookAttempts).values({
    deliveryId: input.deliveryId,
    attempt: input.attempt,
    startedAt: input.startedAt,
    durationMs: input.durationMs,
    statusCode: input.statusCode,
    error: input.error,
    responseExcerpt: input.responseExcerpt,
    outcome: input.outcome,
  });
  return true;
}

export interface DeliveryFilter {
  status?: DeliveryStatus;
  endpointId?: string;
  /** Only the deliveries of this run (none when it is not a UUID). */
  runId?: string;
  /** Default 50. */
  limit?: number;
}

/** A wizard's deliveries (of one run with `filter.runId`), newest first, each with its attempts (in order). */
export async function listDeliveries(
  db: Db,
  tenantId: string,
  wizardId: string,
  filter: DeliveryFilter = {},
): Promise<Array<DeliveryRecord & { attempts: AttemptRecord[] }>> {
  if (filter.runId !== undefined && !isUuid(filter.runId)) return [];
  const rows = await db
    .select({ delivery: webhookDeliveries })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .where(
      and(
        eq(webhookDeliveries.tenantId, tenantId),
        eq(webhookEndpoints.wizardId, wizardId),
        filter.status ? eq(webhookDeliveries.status, filter.status) : undefined,
        filter.endpointId ? eq(webhookDeliveries.endpointId, filter.endpointId) : undefined,
        filter.runId !== undefined ? eq(webhookDeliveries.runId, filter.runId) : undefined,
      ),
    )
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(filter.limit ?? 50);
  const deliveries = rows.map((row) => row.delivery);
  const attempts = deliveries.length
    ? await db
        .select()
        .from(webhookAttempts)
        .where(
          inArray(
            webhookAttempts.deliveryId,
            deliveries.map((d) => d.id),
          ),
        )
        .orderBy(asc(webhookAttempts.attempt), asc(webhookAttempts.startedAt))
    : [];
  return deliveries.map((d) => ({ ...d, attempts: attempts.filter((a) => a.deliveryId === d.id) }));
}

/** The delivery with this id in this tenant, or null. */
export async function getDelivery(
  db: Db,
  tenantId: string,
  deliveryId: string,
): Promise<DeliveryRecord | null> {
  if (!isUuid(deliveryId)) return null;
  const [row] = await db
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.tenantId, tenantId)));
  return row ?? null;
}

/** Puts a finished delivery back to pending, due now (a new attempt series). Null when it is not finished. */
export async function reopenDelivery(db: Db, deliveryId: string): Promise<DeliveryRecord | null> {
  const now = new Date();
  const [row] = await db
    .update(webhookDeliveries)
    .set({ status: 'pending', nextAttemptAt: now, updatedAt: now })
    .where(
      and(eq(webhookDeliveries.id, deliveryId), inArray(webhookDeliveries.status, ['succeeded', 'failed'])),
    )
    .returning();
  return row ?? null;
}

/** Pending deliveries due at or before `dueBefore` (the sweep), oldest first. */
export function overdueDeliveries(
  db: Db,
  dueBefore: Date,
  limit = 100,
): Promise<Pick<DeliveryRecord, 'id' | 'attemptCount' | 'createdAt'>[]> {
  return db
    .select({
      id: webhookDeliveries.id,
      attemptCount: webhookDeliveries.attemptCount,
      createdAt: webhookDeliveries.createdAt,
    })
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.status, 'pending'),
        or(isNull(webhookDeliveries.nextAttemptAt), lte(webhookDeliveries.nextAttemptAt, dueBefore)),
      ),
    )
    .orderBy(asc(webhookDeliveries.nextAttemptAt))
    .limit(limit);
}

/** Where a run's deliveries stand: how many there are, and how many await their first attempt, by status. */
export interface RunDeliveryProgress {
  total: number;
  /** Pending deliveries not attempted yet. */
  unattempted: number;
  succeeded: number;
  failed: number;
  /** Pending deliveries attempted at least once (retries scheduled). */
  retrying: number;
}

/** The progress of every delivery of one run (any tenant: the caller holds the run). */
export async function runDeliveryProgress(db: Db, runId: string): Promise<RunDeliveryProgress> {
  const progress: RunDeliveryProgress = { total: 0, unattempted: 0, succeeded: 0, failed: 0, retrying: 0 };
  if (!isUuid(runId)) return progress;
  const rows = await db
    .select({ status: webhookDeliveries.status, attempts: webhookDeliveries.attemptCount })
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.runId, runId));
  for (const row of rows) {
    progress.total += 1;
    if (row.status === 'succeeded') progress.succeeded += 1;
    else if (row.status === 'failed') progress.failed += 1;
    else if (row.attempts === 0) progress.unattempted += 1;
    else progress.retrying += 1;
  }
  return progress;
}
