import { and, eq, lt, sql } from 'drizzle-orm';
import type { RunAttribution, WizardViewSource } from '../core/attribution.js';
import type { TenantBranding } from '../core/tenant-branding.js';
import type { WizardDefinition } from '../core/wizard/definition.js';
import type { Db } from './client.js';
import { ConflictError, sqlState, UNIQUE_VIOLATION } from './errors.js';
import { runs, tenants, wizards, wizardVersions, wizardViews } from './schema.js';

/** Queries behind public wizard pages: tenants by URL slug, published wizards, views and idle runs. */

/** A tenant as its public pages need it. */
export interface TenantProfile {
  id: string;
  name: string;
  slug: string;
  branding: TenantBranding;
}

const profileColumns = { id: tenants.id, name: tenants.name, slug: tenants.slug, branding: tenants.branding };

/** The tenant with this URL slug, or null. */
export async function getTenantBySlug(db: Db, slug: string): Promise<TenantProfile | null> {
  const [row] = await db.select(profileColumns).from(tenants).where(eq(tenants.slug, slug));
  return row ?? null;
}

/** The tenant with this id, with its slug and branding, or null. */
export async function getTenantProfile(db: Db, tenantId: string): Promise<TenantProfile | null> {
  const [row] = await db.select(profileColumns).from(tenants).where(eq(tenants.id, tenantId));
  return row ?? null;
}

/**
 * Changes a tenant's URL slug and/or branding (a given branding replaces the old one whole). Returns the
 * profile, or null when the tenant does not exist. Throws ConflictError when another tenant has the slug.
 */
export async function updateTenantProfile(
  db: Db,
  tenantId: string,
  change: { slug?: string; branding?: TenantBranding },
): Promise<TenantProfile | null> {
  if (change.slug === undefined && change.branding === undefined) return getTenantProfile(db, tenantId);
  try {
    const [row] = await db
      .update(tenants)
      .set({
        ...(change.slug !== undefined ? { slug: change.slug } : {}),
        ...(change.branding !== undefined ? { branding: change.branding } : {}),
      })
      .where(eq(tenants.id, tenantId))
      .returning(profileColumns);
    return row ?? null;
  } catch (error) {
    if (sqlState(error) === UNIQUE_VIOLATION)
      throw new ConflictError(`the URL slug ${change.slug} is taken by another workspace`, error);
    throw error;
  }
}

/** A published wizard of a tenant: its row's facts and the definition of its latest published version. */
export interface PublishedWizard {
  wizardId: string;
  tenantId: string;
  slug: string;
  version: number;
  definition: WizardDefinition;
}

/**
 * The tenant's wizard with this slug when its status is `published` and it has a published version (its
 * latest), else null. Whether it is public is the caller's business (the definition's settings).
 */
export async function getPublishedWizard(
  db: Db,
  tenantId: string,
  wizardSlug: string,
): Promise<PublishedWizard | null> {
  const [row] = await db
    .select({
      wizardId: wizards.id,
      tenantId: wizards.tenantId,
      slug: wizards.slug,
      version: wizardVersions.version,
      definition: wizardVersions.definition,
    })
    .from(wizards)
    .innerJoin(
      wizardVersions,
      and(eq(wizardVersions.wizardId, wizards.id), eq(wizardVersions.version, wizards.latestVersion)),
    )
    .where(
      and(eq(wizards.tenantId, tenantId), eq(wizards.slug, wizardSlug), eq(wizards.status, 'published')),
    );
  return row ?? null;
}

/** One view of a wizard's public page or widget. `day` is the UTC day (YYYY-MM-DD). */
export interface WizardViewInput {
  tenantId: string;
  wizardId: string;
  visitorId: string;
  source: WizardViewSource;
  day: string;
  attribution: RunAttribution;
}

/** Records a view unless this visitor already viewed the wizard that day; true when it was counted. */
export async function recordWizardView(db: Db, view: WizardViewInput): Promise<boolean> {
  const inserted = await db
    .insert(wizardViews)
    .values(view)
    .onConflictDoNothing({ target: [wizardViews.wizardId, wizardViews.visitorId, wizardViews.day] })
    .returning({ id: wizardViews.id });
  return inserted.length > 0;
}

/** An active run idle for longer than its pinned version's `abandon_after_minutes`. */
export interface IdleRun {
  runId: string;
  minutes: number;
}

/**
 * Active runs whose last change (`runs.updated_at`) is older than their pinned version's
 * `settings.abandon_after_minutes` at `now`, oldest first, at most `limit` (scans `runs_status_updated_idx`).
 */
export async function findIdleRuns(db: Db, now: Date, limit: number): Promise<IdleRun[]> {
  const minutes = sql<string>`(${wizardVersions.definition} -> 'settings' ->> 'abandon_after_minutes')`;
  const rows = await db
    .select({ runId: runs.id, minutes })
    .from(runs)
    .innerJoin(
      wizardVersions,
      and(eq(wizardVersions.wizardId, runs.wizardId), eq(wizardVersions.version, runs.wizardVersion)),
    )
    .where(
      and(
        eq(runs.status, 'active'),
        lt(runs.updatedAt, now),
        sql`${minutes} is not null`,
        sql`${runs.updatedAt} < ${now.toISOString()}::timestamptz - (${minutes})::float8 * interval '1 minute'`,
      ),
    )
    .orderBy(runs.updatedAt)
    .limit(limit);
  return rows.map((row) => ({ runId: row.runId, minutes: Number(row.minutes) }));
}
