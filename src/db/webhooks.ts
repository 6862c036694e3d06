import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from './client.js';
import { webhookEndpoints, type WebhookEventType } from './schema-webhooks.js';

/**
 * The webhook endpoint repository: endpoints per wizard, tenant-scoped. Deliveries and attempts are in
 * ./webhook-deliveries.ts.
 * Functions take a `Db`, so they run on the database or inside a transaction.
 */

export type EndpointRecord = typeof webhookEndpoints.$inferSelect;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when `value` is a uuid (other ids can match nothing, so callers answer 404 without a query). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** A wizard's endpoints, oldest first. */
export function listEndpoints(db: Db, tenantId: string, wizardId: string): Promise<EndpointRecord[]> {
  return db
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.tenantId, tenantId), eq(webhookEndpoints.wizardId, wizardId)))
    .orderBy(asc(webhookEndpoints.createdAt), asc(webhookEndpoints.id));
}

/** The endpoint with this id on this tenant's wizard, or null. */
export async function getEndpoint(
  db: Db,
  tenantId: string,
  wizardId: string,
  endpointId: string,
): Promise<EndpointRecord | null> {
  if (!isUuid(endpointId)) return null;
  const [row] = await db
    .select()
    .from(webhookEndpoints)
    .where(
      and(
        eq(webhookEndpoints.id, endpointId),
        eq(webhookEndpoints.tenantId, tenantId),
        eq(webhookEndpoints.wizardId, wizardId),
      ),
    );
  return row ?? null;
}

export interface NewEndpoint {
  tenantId: string;
  wizardId: string;
  url: string;
  description: string;
  events: WebhookEventType[];
  enabled: boolean;
  secretEncrypted: string;
}

/** Inserts an endpoint and returns it. */
export async function insertEndpoint(db: Db, input: NewEndpoint): Promise<EndpointRecord> {
  const [row] = await db.insert(webhookEndpoints).values(input).returning();
  return row!;
}

export type EndpointPatch = Partial<
  Pick<NewEndpoint, 'url' | 'description' | 'events' | 'enabled' | 'secretEncrypted'>
>;

/** Updates an endpoint of this tenant's wizard; returns it, or null when there is none. */
export async function updateEndpoint(
  db: Db,
  tenantId: string,
  wizardId: string,
  endpointId: string,
  patch: EndpointPatch,
): Promise<EndpointRecord | null> {
  if (!isUuid(endpointId)) return null;
  const [row] = await db
    .update(webhookEndpoints)
    .set({ ...patch, updatedAt: new Date() })
    .where(
      and(
        eq(webhookEndpoints.id, endpointId),
        eq(webhookEndpoints.tenantId, tenantId),
        eq(webhookEndpoints.wizardId, wizardId),
      ),
    )
    .returning();
  return row ?? null;
}

/** Deletes an endpoint (its deliveries and attempts go with it); false when there was none. */
export async function deleteEndpoint(
  db: Db,
  tenantId: string,
  wizardId: string,
  endpointId: string,
): Promise<boolean> {
  if (!isUuid(endpointId)) return false;
  const rows = await db
    .delete(webhookEndpoints)
    .where(
      and(
        eq(webhookEndpoints.id, endpointId),
        eq(webhookEndpoints.tenantId, tenantId),
        eq(webhookEndpoints.wizardId, wizardId),
      ),
    )
    .returning({ id: webhookEndpoints.id });
  return rows.length > 0;
}

/** The enabled endpoints of a wizard subscribed to at least one of `types`. */
export function subscribedEndpoints(
  db: Db,
  tenantId: string,
  wizardId: string,
  types: readonly WebhookEventType[],
): Promise<Pick<EndpointRecord, 'id' | 'events'>[]> {
  return db
    .select({ id: webhookEndpoints.id, events: webhookEndpoints.events })
    .from(webhookEndpoints)
    .where(
      and(
        eq(webhookEndpoints.tenantId, tenantId),
        eq(webhookEndpoints.wizardId, wizardId),
        eq(webhookEndpoints.enabled, true),
        sql`${webhookEndpoints.events} ?| ${sql.param(types as string[])}::text[]`,
      ),
    );
}
