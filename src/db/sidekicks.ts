import { and, asc, eq, ne } from 'drizzle-orm';
import type { Db } from './client.js';
import { ConflictError, sqlState, UNIQUE_VIOLATION } from './errors.js';
import { sidekicks } from './schema-sidekicks.js';
import { isUuid } from './webhooks.js';

/**
 * The sidekick repository: tenant-scoped queries on `sidekicks` (another tenant's row is never read, changed or
 * deleted). Functions take a `Db`, so they run on the database or in a transaction. A slug taken in the tenant
 * throws ConflictError; so does a second sidekick from the same run.
 */

export type SidekickRecord = typeof sidekicks.$inferSelect;

/** The columns a new sidekick sets (the id and timestamps are the database's). */
export type NewSidekick = Omit<typeof sidekicks.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;

/** The columns an update may change. */
export type SidekickPatch = Partial<Omit<NewSidekick, 'tenantId' | 'createdFromRunId' | 'createdBy'>>;

/** A tenant's sidekicks by name, then id (avatar bytes included: callers drop them from views). */
export function listSidekicks(db: Db, tenantId: string): Promise<SidekickRecord[]> {
  return db
    .select()
    .from(sidekicks)
    .where(eq(sidekicks.tenantId, tenantId))
    .orderBy(asc(sidekicks.name), asc(sidekicks.id));
}

/** The tenant's sidekick with this id, or null (also for an id that is not a uuid). */
export async function getSidekick(db: Db, tenantId: string, id: string): Promise<SidekickRecord | null> {
  if (!isUuid(id)) return null;
  const [row] = await db
    .select()
    .from(sidekicks)
    .where(and(eq(sidekicks.id, id), eq(sidekicks.tenantId, tenantId)));
  return row ?? null;
}

/** The tenant's sidekick with this slug, or null. */
export async function getSidekickBySlug(
  db: Db,
  tenantId: string,
  slug: string,
): Promise<SidekickRecord | null> {
  const [row] = await db
    .select()
    .from(sidekicks)
    .where(and(eq(sidekicks.slug, slug), eq(sidekicks.tenantId, tenantId)));
  return row ?? null;
}

/** The sidekick a run created, or null. */
export async function getSidekickByRun(
  db: Db,
  tenantId: string,
  runId: string,
): Promise<SidekickRecord | null> {
  if (!isUuid(runId)) return null;
  const [row] = await db
    .select()
    .from(sidekicks)
    .where(and(eq(sidekicks.createdFromRunId, runId), eq(sidekicks.tenantId, tenantId)));
  return row ?? null;
}

/** Whether the slug is taken in the tenant (by another sidekick than `exceptId`). */
export async function isSidekickSlugTaken(
  db: Db,
  tenantId: string,
  slug: string,
  exceptId?: string,
): Promise<boolean> {
  const conditions = [eq(sidekicks.tenantId, tenantId), eq(sidekicks.slug, slug)];
  if (exceptId && isUuid(exceptId)) conditions.push(ne(sidekicks.id, exceptId));
  const rows = await db
    .select({ id: sidekicks.id })
    .from(sidekicks)
    .where(and(...conditions))
    .limit(1);
  return rows.length > 0;
}

/** Inserts a sidekick and returns it. Throws ConflictError for a taken slug or a run that already made one. */
export async function insertSidekick(db: Db, input: NewSidekick): Promise<SidekickRecord> {
  try {
    const [row] = await db.insert(sidekicks).values(input).returning();
    return row!;
  } catch (error) {
    throw conflictOr(error, input.slug);
  }
}

/**
 * Inserts the sidekick unless the tenant already has one with its slug (built-in seeds); returns whether it
 * was inserted.
 */
export async function insertSidekickIfAbsent(db: Db, input: NewSidekick): Promise<boolean> {
  const rows = await db
    .insert(sidekicks)
    .values(input)
    .onConflictDoNothing({ target: [sidekicks.tenantId, sidekicks.slug] })
    .returning({ id: sidekicks.id });
  return rows.length > 0;
}

/** Updates the tenant's sidekick; returns it, or null when there is none. Throws ConflictError for a taken slug. */
export async function updateSidekick(
  db: Db,
  tenantId: string,
  id: string,
  patch: SidekickPatch,
): Promise<SidekickRecord | null> {
  if (!isUuid(id)) return null;
  try {
    const [row] = await db
      .update(sidekicks)
      .set({ ...patch, updatedAt: new Date() })
      .where(and(eq(sidekicks.id, id), eq(sidekicks.tenantId, tenantId)))
      .returning();
    return row ?? null;
  } catch (error) {
    throw conflictOr(error, patch.slug ?? '');
  }
}

/** Deletes the tenant's sidekick; false when there was none. */
export async function deleteSidekick(db: Db, tenantId: string, id: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  const rows = await db
    .delete(sidekicks)
    .where(and(eq(sidekicks.id, id), eq(sidekicks.tenantId, tenantId)))
    .returning({ id: sidekicks.id });
  return rows.length > 0;
}

/** A unique violation as a ConflictError that says which rule was broken; other errors as they are. */
function conflictOr(error: unknown, slug: string): unknown {
  if (sqlState(error) !== UNIQUE_VIOLATION) return error;
  if (violatedConstraint(error) === 'sidekicks_created_from_run_key')
    return new ConflictError('this run has already created a sidekick', error);
  return new ConflictError(`the web address "${slug}" is already taken by another sidekick`, error);
}

/** The constraint a driver error names (node-postgres and PGlite both set `constraint`), through drizzle's causes. */
function violatedConstraint(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const constraint = (e as { constraint?: unknown }).constraint;
    if (typeof constraint === 'string') return constraint;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}
