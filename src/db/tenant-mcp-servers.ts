import { and, asc, eq } from 'drizzle-orm';
import type { Db } from './client.js';
import { tenantMcpServers } from './schema-actions.js';
import { isUuid } from './webhooks.js';

/**
 * The repository of tenants' remote MCP servers: tenant-scoped queries on `tenant_mcp_servers` (another
 * tenant's row is never read, changed or deleted). Rows carry the sealed headers; the service keeps them in.
 */

export type TenantMcpServerRecord = typeof tenantMcpServers.$inferSelect;

/** The columns a new server sets (the id and timestamps are the database's). */
export type NewTenantMcpServer = Omit<typeof tenantMcpServers.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;

/** The columns an update may change. */
export type TenantMcpServerPatch = Partial<Omit<NewTenantMcpServer, 'tenantId'>>;

/** A tenant's servers by name, then id. */
export function listTenantMcpServers(db: Db, tenantId: string): Promise<TenantMcpServerRecord[]> {
  return db
    .select()
    .from(tenantMcpServers)
    .where(eq(tenantMcpServers.tenantId, tenantId))
    .orderBy(asc(tenantMcpServers.name), asc(tenantMcpServers.id));
}

/** The tenant's server with this id, or null (also for an id that is not a uuid). */
export async function getTenantMcpServer(
  db: Db,
  tenantId: string,
  id: string,
): Promise<TenantMcpServerRecord | null> {
  if (!isUuid(id)) return null;
  const [row] = await db
    .select()
    .from(tenantMcpServers)
    .where(and(eq(tenantMcpServers.id, id), eq(tenantMcpServers.tenantId, tenantId)));
  return row ?? null;
}

/** Inserts a server and returns it. */
export async function insertTenantMcpServer(
  db: Db,
  input: NewTenantMcpServer,
): Promise<TenantMcpServerRecord> {
  const [row] = await db.insert(tenantMcpServers).values(input).returning();
  return row!;
}

/** Updates the tenant's server; returns it, or null when there is none. */
export async function updateTenantMcpServer(
  db: Db,
  tenantId: string,
  id: string,
  patch: TenantMcpServerPatch,
): Promise<TenantMcpServerRecord | null> {
  if (!isUuid(id)) return null;
  const [row] = await db
    .update(tenantMcpServers)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(tenantMcpServers.id, id), eq(tenantMcpServers.tenantId, tenantId)))
    .returning();
  return row ?? null;
}

/** Deletes the tenant's server; false when there was none. */
export async function deleteTenantMcpServer(db: Db, tenantId: string, id: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  const rows = await db
    .delete(tenantMcpServers)
    .where(and(eq(tenantMcpServers.id, id), eq(tenantMcpServers.tenantId, tenantId)))
    .returning({ id: tenantMcpServers.id });
  return rows.length > 0;
}
