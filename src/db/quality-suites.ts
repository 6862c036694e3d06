import { and, asc, eq, inArray, max } from 'drizzle-orm';
import type { Db } from './client.js';
import { promptVersions } from './schema-chat.js';
import { knowledgeChunks, knowledgeDocuments } from './schema-knowledge.js';
import { qualityCases, qualityGates, qualitySuites } from './schema-quality.js';
import { isUuid } from './webhooks.js';

/**
 * The quality-suite repository: suites, cases and gates, always scoped to a tenant and a sidekick (another
 * tenant's or sidekick's suite reads as missing).
 */

export type QualitySuiteRecord = typeof qualitySuites.$inferSelect;
export type QualityCaseRecord = typeof qualityCases.$inferSelect;
export type QualityGateRecord = typeof qualityGates.$inferSelect;

/** Whose suites: the tenant and the sidekick (the caller has checked the sidekick is the tenant's). */
export interface QualityScope {
  tenantId: string;
  sidekickId: string;
}

/** A case's editable fields. */
export interface CaseInput {
  question: string;
  expectedFacts: string[];
  expectedSources: string[];
  expectedTone: string;
}

/** The sidekick's suites, oldest first. */
export function listSuites(db: Db, scope: QualityScope): Promise<QualitySuiteRecord[]> {
  return db
    .select()
    .from(qualitySuites)
    .where(and(eq(qualitySuites.tenantId, scope.tenantId), eq(qualitySuites.sidekickId, scope.sidekickId)))
    .orderBy(asc(qualitySuites.createdAt), asc(qualitySuites.id));
}

/** One suite of the sidekick, or null (also for an id that is not a uuid). */
export async function getSuite(db: Db, scope: QualityScope, id: string): Promise<QualitySuiteRecord | null> {
  if (!isUuid(id)) return null;
  const [row] = await db
    .select()
    .from(qualitySuites)
    .where(
      and(
        eq(qualitySuites.id, id),
        eq(qualitySuites.tenantId, scope.tenantId),
        eq(qualitySuites.sidekickId, scope.sidekickId),
      ),
    );
  return row ?? null;
}

/** Creates a suite with its cases (in order) in one transaction. */
export function insertSuite(
  db: Db,
  scope: QualityScope,
  name: string,
  cases: CaseInput[],
): Promise<QualitySuiteRecord> {
  return db.transaction(async (tx) => {
    const [suite] = await tx
      .insert(qualitySuites)
      .values({ ...scope, name })
      .returning();
    if (cases.length > 0)
      await tx
        .insert(qualityCases)
        .values(
          cases.map((c, position) => ({ ...c, position, tenantId: scope.tenantId, suiteId: suite!.id })),
        );
    return suite!;
  });
}

/** Renames a suite; null when it is not the scope's. */
export async function renameSuite(
  db: Db,
  scope: QualityScope,
  id: string,
  name: string,
): Promise<QualitySuiteRecord | null> {
  if (!(await getSuite(db, scope, id))) return null;
  const [row] = await db.update(qualitySuites).set({ name }).where(eq(qualitySuites.id, id)).returning();
  return row ?? null;
}

/** Deletes a suite with its cases, runs and gates; whether there was one. */
export async function deleteSuite(db: Db, scope: QualityScope, id: string): Promise<boolean> {
  if (!(await getSuite(db, scope, id))) return false;
  await db.delete(qualitySuites).where(eq(qualitySuites.id, id));
  return true;
}

/** A suite's cases in order (the caller has checked the suite is the scope's). */
export function listCases(db: Db, suiteId: string): Promise<QualityCaseRecord[]> {
  return db
    .select()
    .from(qualityCases)
    .where(eq(qualityCases.suiteId, suiteId))
    .orderBy(asc(qualityCases.position), asc(qualityCases.id));
}

/** Appends a case to a suite. */
export async function insertCase(
  db: Db,
  suite: Pick<QualitySuiteRecord, 'id' | 'tenantId'>,
  input: CaseInput,
): Promise<QualityCaseRecord> {
  const [last] = await db
    .select({ n: max(qualityCases.position) })
    .from(qualityCases)
    .where(eq(qualityCases.suiteId, suite.id));
  const [row] = await db
    .insert(qualityCases)
    .values({ ...input, tenantId: suite.tenantId, suiteId: suite.id, position: (last?.n ?? -1) + 1 })
    .returning();
  return row!;
}

/** Changes a case of a suite; null when the suite has no such case. */
export async function updateCase(
  db: Db,
  suiteId: string,
  id: string,
  input: Partial<CaseInput>,
): Promise<QualityCaseRecord | null> {
  if (!isUuid(id)) return null;
  const [row] = await db
    .update(qualityCases)
    .set(input)
    .where(and(eq(qualityCases.id, id), eq(qualityCases.suiteId, suiteId)))
    .returning();
  return row ?? null;
}

/** Deletes a case of a suite; whether there was one. */
export async function deleteCase(db: Db, suiteId: string, id: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  const rows = await db
    .delete(qualityCases)
    .where(and(eq(qualityCases.id, id), eq(qualityCases.suiteId, suiteId)))
    .returning({ id: qualityCases.id });
  return rows.length > 0;
}

/** The chunks of the sidekick's ready documents, by document (oldest first) and position. */
export function sidekickChunks(
  db: Db,
  scope: QualityScope,
): Promise<Array<{ documentId: string; title: string; text: string }>> {
  return db
    .select({
      documentId: knowledgeChunks.documentId,
      title: knowledgeDocuments.title,
      text: knowledgeChunks.text,
    })
    .from(knowledgeChunks)
    .innerJoin(knowledgeDocuments, eq(knowledgeDocuments.id, knowledgeChunks.documentId))
    .where(
      and(
        eq(knowledgeDocuments.tenantId, scope.tenantId),
        eq(knowledgeDocuments.sidekickId, scope.sidekickId),
        eq(knowledgeDocuments.status, 'ready'),
      ),
    )
    .orderBy(asc(knowledgeDocuments.createdAt), asc(knowledgeDocuments.id), asc(knowledgeChunks.ordinal));
}

/** The ids among `ids` that are documents of the sidekick. */
export async function knownDocuments(db: Db, scope: QualityScope, ids: string[]): Promise<Set<string>> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return new Set();
  const rows = await db
    .select({ id: knowledgeDocuments.id })
    .from(knowledgeDocuments)
    .where(
      and(
        inArray(knowledgeDocuments.id, valid),
        eq(knowledgeDocuments.tenantId, scope.tenantId),
        eq(knowledgeDocuments.sidekickId, scope.sidekickId),
      ),
    );
  return new Set(rows.map((r) => r.id));
}

/** The id of a prompt version of the sidekick (layer, number), or null. */
export async function promptVersionId(
  db: Db,
  scope: QualityScope,
  layer: string,
  number: number,
): Promise<string | null> {
  const [row] = await db
    .select({ id: promptVersions.id })
    .from(promptVersions)
    .where(
      and(
        eq(promptVersions.tenantId, scope.tenantId),
        eq(promptVersions.sidekickId, scope.sidekickId),
        eq(promptVersions.layer, layer),
        eq(promptVersions.number, number),
      ),
    );
  return row?.id ?? null;
}

/** The gates of the sidekick's prompt versions, with the version's layer and number. */
export function listGates(
  db: Db,
  scope: QualityScope,
): Promise<Array<QualityGateRecord & { layer: string; number: number }>> {
  return db
    .select({
      promptVersionId: qualityGates.promptVersionId,
      tenantId: qualityGates.tenantId,
      suiteId: qualityGates.suiteId,
      thresholds: qualityGates.thresholds,
      minPassRate: qualityGates.minPassRate,
      createdAt: qualityGates.createdAt,
      layer: promptVersions.layer,
      number: promptVersions.number,
    })
    .from(qualityGates)
    .innerJoin(promptVersions, eq(promptVersions.id, qualityGates.promptVersionId))
    .where(and(eq(qualityGates.tenantId, scope.tenantId), eq(promptVersions.sidekickId, scope.sidekickId)))
    .orderBy(asc(promptVersions.layer), asc(promptVersions.number));
}

/** Sets (or replaces) the gate of a prompt version. */
export async function upsertGate(
  db: Db,
  gate: Omit<QualityGateRecord, 'createdAt'>,
): Promise<QualityGateRecord> {
  const [row] = await db
    .insert(qualityGates)
    .values(gate)
    .onConflictDoUpdate({
      target: qualityGates.promptVersionId,
      set: { suiteId: gate.suiteId, thresholds: gate.thresholds, minPassRate: gate.minPassRate },
    })
    .returning();
  return row!;
}

/** Removes the gate of a prompt version; whether there was one. */
export async function deleteGate(db: Db, tenantId: string, promptVersionId: string): Promise<boolean> {
  const rows = await db
    .delete(qualityGates)
    .where(and(eq(qualityGates.promptVersionId, promptVersionId), eq(qualityGates.tenantId, tenantId)))
    .returning({ id: qualityGates.promptVersionId });
  return rows.length > 0;
}

/** The gate of a prompt version, or null. */
export async function getGate(
  db: Db,
  tenantId: string,
  promptVersionId: string,
): Promise<QualityGateRecord | null> {
  const [row] = await db
    .select()
    .from(qualityGates)
    .where(and(eq(qualityGates.promptVersionId, promptVersionId), eq(qualityGates.tenantId, tenantId)));
  return row ?? null;
}
