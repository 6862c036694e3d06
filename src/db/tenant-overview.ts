import { asc, count, eq, ne, sql } from 'drizzle-orm';
import type { Db } from './client.js';
import { memberships, runs, tenants, wizards } from './schema.js';

/** A tenant as the installation's superadmin sees it, with counts of what it holds. */
export interface TenantOverview {
  id: string;
  name: string;
  createdAt: Date;
  /** Users who belong to it, any role. */
  memberCount: number;
  /** Its wizards that are not archived (templates included), as its wizard list counts them. */
  wizardCount: number;
  /** Its runs, any status. */
  runCount: number;
}

/**
 * Every tenant of the installation, by name then id, with its member, wizard and run counts — one query:
 * each count is a grouped subquery left-joined to `tenants`, so a tenant with no members, wizards or runs
 * is listed with zeros. (The count aliases differ: Drizzle names a subquery's aliased column unqualified.)
 */
export async function listTenantOverviews(db: Db): Promise<TenantOverview[]> {
  const m = db
    .select({ tenantId: memberships.tenantId, n: count().as('member_count') })
    .from(memberships)
    .groupBy(memberships.tenantId)
    .as('m');
  const w = db
    .select({ tenantId: wizards.tenantId, n: count().as('wizard_count') })
    .from(wizards)
    .where(ne(wizards.status, 'archived'))
    .groupBy(wizards.tenantId)
    .as('w');
  const r = db
    .select({ tenantId: runs.tenantId, n: count().as('run_count') })
    .from(runs)
    .groupBy(runs.tenantId)
    .as('r');
  return db
    .select({
      id: tenants.id,
      name: tenants.name,
      createdAt: tenants.createdAt,
      memberCount: sql<number>`coalesce(${m.n}, 0)::int`,
      wizardCount: sql<number>`coalesce(${w.n}, 0)::int`,
      runCount: sql<number>`coalesce(${r.n}, 0)::int`,
    })
    .from(tenants)
    .leftJoin(m, eq(m.tenantId, tenants.id))
    .leftJoin(w, eq(w.tenantId, tenants.id))
    .leftJoin(r, eq(r.tenantId, tenants.id))
    .orderBy(asc(tenants.name), asc(tenants.id));
}
