import { and, asc, count, desc, eq } from 'drizzle-orm';
import type { Db } from './client.js';
import type { QualityScope } from './quality-suites.js';
import { qualityResults, qualityRuns } from './schema-quality.js';
import { isUuid } from './webhooks.js';

/** The quality-run repository: runs of suites and their results, scoped to a tenant and a sidekick. */

export type QualityRunRecord = typeof qualityRuns.$inferSelect;
export type QualityResultRecord = typeof qualityResults.$inferSelect;
export type NewQualityRun = Omit<typeof qualityRuns.$inferInsert, 'id' | 'createdAt' | 'finishedAt'>;
export type NewQualityResult = Omit<typeof qualityResults.$inferInsert, 'id' | 'createdAt'>;

/** Creates a run (queued). */
export async function insertRun(db: Db, run: NewQualityRun): Promise<QualityRunRecord> {
  const [row] = await db.insert(qualityRuns).values(run).returning();
  return row!;
}

/** The sidekick's runs, newest first, with the number of cases done. */
export function listRuns(db: Db, scope: QualityScope, suiteId?: string) {
  const conditions = [eq(qualityRuns.tenantId, scope.tenantId), eq(qualityRuns.sidekickId, scope.sidekickId)];
  if (suiteId) conditions.push(eq(qualityRuns.suiteId, suiteId));
  return db
    .select()
    .from(qualityRuns)
    .where(and(...conditions))
    .orderBy(desc(qualityRuns.createdAt), desc(qualityRuns.id));
}

/** One run of the sidekick, or null. */
export async function getRun(db: Db, scope: QualityScope, id: string): Promise<QualityRunRecord | null> {
  if (!isUuid(id)) return null;
  const [row] = await db
    .select()
    .from(qualityRuns)
    .where(
      and(
        eq(qualityRuns.id, id),
        eq(qualityRuns.tenantId, scope.tenantId),
        eq(qualityRuns.sidekickId, scope.sidekickId),
      ),
    );
  return row ?? null;
}

/** A run by id alone (the job worker, which got the id from the queue), or null. */
export async function getRunById(db: Db, id: string): Promise<QualityRunRecord | null> {
  const [row] = await db.select().from(qualityRuns).where(eq(qualityRuns.id, id));
  return row ?? null;
}

/** Sets a run's status (and its finish time and error when it ends). */
export async function setRunStatus(
  db: Db,
  id: string,
  status: QualityRunRecord['status'],
  error: string | null = null,
): Promise<void> {
  const ended = status === 'finished' || status === 'failed';
  await db
    .update(qualityRuns)
    .set({ status, error, ...(ended ? { finishedAt: new Date() } : {}) })
    .where(eq(qualityRuns.id, id));
}

/** Stores a case's result; a second result for the same run and case is ignored (a resumed run). */
export async function insertResult(db: Db, result: NewQualityResult): Promise<void> {
  await db.insert(qualityResults).values(result).onConflictDoNothing();
}

/** A run's results in the order they were stored. */
export function listResults(db: Db, runId: string): Promise<QualityResultRecord[]> {
  return db
    .select()
    .from(qualityResults)
    .where(eq(qualityResults.runId, runId))
    .orderBy(asc(qualityResults.createdAt), asc(qualityResults.id));
}

/** How many results each run has (run id → count), for the progress of several runs. */
export async function resultCounts(db: Db, scope: QualityScope): Promise<Map<string, number>> {
  const rows = await db
    .select({ runId: qualityResults.runId, n: count() })
    .from(qualityResults)
    .innerJoin(qualityRuns, eq(qualityRuns.id, qualityResults.runId))
    .where(and(eq(qualityRuns.tenantId, scope.tenantId), eq(qualityRuns.sidekickId, scope.sidekickId)))
    .groupBy(qualityResults.runId);
  return new Map(rows.map((r) => [r.runId, Number(r.n)]));
}
