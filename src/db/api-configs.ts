import { and, asc, eq } from 'drizzle-orm';
import type { Db } from './client.js';
import { apiConfigurations } from './schema-actions.js';
import { isUuid } from './webhooks.js';

/**
 * The API configuration repository: tenant-scoped queries on `api_configurations` (another tenant's row is
 * never read, changed or deleted). Functions take a `Db`, so they run on the database or in a transaction.
 * Rows carry the sealed credentials; the service never lets them out.
 */

export type ApiConfigRecord = typeof apiConfigurations.$inferSelect;

/** The columns a new configuration sets (the id and timestamps are the database's). */
export type NewApiConfig = Omit<typeof apiConfigurations.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;

/** The columns an update may change. */
export type ApiConfigPatch = Partial<Omit<NewApiConfig, 'tenantId'>>;

/** A tenant's configurations by name, then id. */
export function listApiConfigs(db: Db, tenantId: string): Promise<ApiConfigRecord[]> {
  return db
    .select()
    .from(apiConfigurations)
    .where(eq(apiConfigurations.tenantId, tenantId))
    .orderBy(asc(apiConfigurations.name), asc(apiConfigurations.id));
}

/** The tenant's configuration with this id, or null (also for an id that is not a uuid). */
export async function getApiConfig(db: Db, tenantId: string, id: string): Promise<ApiConfigRecord | null> {
  if (!isUuid(id)) return null;
  const [row] = await db
    .select()
    .from(apiConfigurations)
    .where(and(eq(apiConfigurations.id, id), eq(apiConfigurations.tenantId, tenantId)));
  return row ?? null;
}

/** Inserts a configuration and returns it. */
export async function insertApiConfig(db: Db, input: NewApiConfig): Promise<ApiConfigRecord> {
  const [row] = await db.insert(apiConfigurations).values(input).returning();
  return row!;
}

/** Updates the tenant's configuration; returns it, or null when there is none. */
export async function updateApiConfig(
  db: Db,
  tenantId: string,
  id: string,
  patch: ApiConfigPatch,
): Promise<ApiConfigRecord | null> {
  if (!isUuid(id)) return null;
  const [row] = await db
    .update(apiConfigurations)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(apiConfigurations.id, id), eq(apiConfigurations.tenantId, tenantId)))
    .returning();
  return row ?? null;
}

/** Deletes the tenant's configuration; false when there was none. */
export async function deleteApiConfig(db: Db, tenantId: string, id: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  const rows = await db
    .delete(apiConfigurations)
    .where(and(eq(apiConfigurations.id, id), eq(apiConfigurations.tenantId, tenantId)))
    .returning({ id: apiConfigurations.id });
  return rows.length > 0;
}
