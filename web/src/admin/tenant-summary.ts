import type { TenantRole } from '../auth/auth-api';
import type { AdminTenant, AdminUser } from './admin-api';

/** One row of the admin tenants table. */
export interface TenantSummary {
  id: string;
  name: string;
  /** How many users belong to it. */
  members: number;
  /** The caller's role there, or null when they are not a member. */
  myRole: TenantRole | null;
}

/**
 * Every tenant the installation knows, sorted by name: the union of the caller's tenants and the tenants of
 * every user (a tenant nobody belongs to cannot be listed by the API), each with its member count.
 */
export function summariseTenants(mine: AdminTenant[], users: AdminUser[]): TenantSummary[] {
  const rows = new Map<string, TenantSummary>();
  for (const t of mine) rows.set(t.id, { id: t.id, name: t.name, members: 0, myRole: t.role });
  for (const user of users)
    for (const t of user.tenants) {
      const row = rows.get(t.id) ?? { id: t.id, name: t.name, members: 0, myRole: null };
      row.members += 1;
      rows.set(t.id, row);
    }
  return [...rows.values()].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}
