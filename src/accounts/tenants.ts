import type { Db } from '../db/client.js';
import { createTenant, listUserTenants, type TenantWithRole } from '../db/accounts.js';
import { listTenantOverviews, type TenantOverview } from '../db/tenant-overview.js';

/** Tenants as their members see them, and as the installation's superadmin does. */

/** The tenants the user belongs to, with their role in each, by name. */
export function listMyTenants(db: Db, userId: string): Promise<TenantWithRole[]> {
  return listUserTenants(db, userId);
}

/**
 * Creates a tenant owned by `ownerId`; `id` (a slug) defaults to the slugified name plus a random suffix.
 * Returns it with the owner's role. Throws ConflictError when the id is taken.
 */
export async function createOwnedTenant(
  db: Db,
  input: { id?: string; name: string },
  ownerId: string,
): Promise<TenantWithRole> {
  const tenant = await createTenant(db, input, ownerId);
  return { ...tenant, role: 'owner' };
}

/** Every tenant of the installation by name, with its member, wizard (not archived) and run counts. */
export function listAllTenants(db: Db): Promise<TenantOverview[]> {
  return listTenantOverviews(db);
}
