import { and, desc, eq, getTableColumns, gte, ilike, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { WizardDefinition } from '../core/wizard/definition.js';
import type { RunStatus } from '../core/wizard/run-state.js';
import type { Db } from './client.js';
import { isUuid, type RunRecord } from './runs.js';
import { runs, savedRuns, wizards, wizardVersions, type RunChannel } from './schema.js';

/**
 * Run listings (admin lists, "my runs") with cursor pagination, and the user's saved (starred) runs.
 * Every query takes the tenant: nothing here crosses tenants.
 */

/** A run as lists show it: the row without its token hash. */
export type RunSummary = Omit<RunRecord, 'runTokenHash'>;

/** A listed run: the summary and its wizard's current name (null when the wizard row is gone). */
export type RunListItem = RunSummary & { wizardName: string | null };

/** Filters of `listRuns`. Dates bound `created_at`: `createdFrom` inclusive, `createdTo` exclusive. */
export interface RunListFilter {
  tenantId: string;
  wizardId?: string;
  status?: RunStatus | 'created';
  channel?: RunChannel;
  /** Only runs started by this user ("my runs"). */
  userId?: string;
  createdFrom?: Date;
  createdTo?: Date;
  /**
   * Search text: a run matches when one of its values (as text), its visitor id or its run id contains it,
   * case-insensitively. Blank means no search.
   */
  q?: string;
  /** From a previous page's `nextCursor`. */
  cursor?: RunCursor;
  /** Page size, 1..200 (default 50). */
  limit?: number;
}

/** A position in the (created_at desc, id desc) order: the last row of a page. */
export interface RunCursor {
  createdAt: Date;
  id: string;
}

/** One page of runs, newest first, and the cursor of the next page (null on the last page). */
export interface RunPage {
  runs: RunListItem[];
  nextCursor: RunCursor | null;
}

/** Columns of a run summary (everything but the token hash). */
function summaryColumns() {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { runTokenHash, ...columns } = getTableColumns(runs);
  return columns;
}

/** `text` with LIKE's wildcards (`%`, `_`) and escape character escaped, for a literal ILIKE match. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The WHERE conditions of a filter (tenant first), without the cursor; null when no run can match (an id
 * filter that is not a UUID).
 */
function filterConditions(filter: RunListFilter): SQL[] | null {
  const where: SQL[] = [eq(runs.tenantId, filter.tenantId)];
  if (filter.wizardId !== undefined) {
    if (!isUuid(filter.wizardId)) return null;
    where.push(eq(runs.wizardId, filter.wizardId));
  }
  if (filter.status) where.push(eq(runs.status, filter.status));
  if (filter.channel) where.push(eq(runs.channel, filter.channel));
  if (filter.userId !== undefined) {
    if (!isUuid(filter.userId)) return null;
    where.push(eq(runs.userId, filter.userId));
  }
  if (filter.createdFrom) where.push(gte(runs.createdAt, filter.createdFrom));
  if (filter.createdTo) where.push(lt(runs.createdAt, filter.createdTo));
  const q = filter.q?.trim();
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    where.push(
      or(
        sql`${runs.id}::text ilike ${pattern}`,
        ilike(runs.visitorId, pattern),
        sql`exists (select 1 from jsonb_each_text(${runs.values}) as v(key, value) where v.value ilike ${pattern})`,
      )!,
    );
  }
  return where;
}

/**
 * The tenant's runs matching the filter, newest first (created_at desc, id desc), one page at a time, each
 * with its wizard's name. Keyset pagination: a page never repeats or skips a row however many runs are added
 * meanwhile.
 */
export async function listRuns(db: Db, filter: RunListFilter): Promise<RunPage> {
  const limit = Math.min(Math.max(filter.limit ?? 50, 1), 200);
  const where = filterConditions(filter);
  if (!where) return { runs: [], nextCursor: null };
  if (filter.cursor) {
    const { createdAt, id } = filter.cursor;
    where.push(or(lt(runs.createdAt, createdAt), and(eq(runs.createdAt, createdAt), lt(runs.id, id)))!);
  }
  const rows = await db
    .select({ ...summaryColumns(), wizardName: wizards.name })
    .from(runs)
    .leftJoin(wizards, and(eq(wizards.id, runs.wizardId), eq(wizards.tenantId, runs.tenantId)))
    .where(and(...where))
    .orderBy(desc(runs.createdAt), desc(runs.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    runs: page,
    nextCursor: rows.length > limit && last ? { createdAt: last.createdAt, id: last.id } : null,
  };
}

/** The (wizard, version) pairs the runs matching the filter follow, with the wizard's slug and name. */
export async function listRunVersions(
  db: Db,
  filter: RunListFilter,
): Promise<Array<{ wizardId: string; version: number; slug: string | null; name: string | null }>> {
  const where = filterConditions(filter);
  if (!where) return [];
  return db
    .selectDistinct({
      wizardId: runs.wizardId,
      version: runs.wizardVersion,
      slug: wizards.slug,
      name: wizards.name,
    })
    .from(runs)
    .leftJoin(wizards, and(eq(wizards.id, runs.wizardId), eq(wizards.tenantId, runs.tenantId)))
    .where(and(...where))
    .orderBy(runs.wizardId, desc(runs.wizardVersion));
}

/** The key of a pinned wizard version in {@link loadDefinitions}' map: `<wizardId>@<version>`. */
export function versionKey(wizardId: string, version: number): string {
  return `${wizardId}@${version}`;
}

/** The definitions of these published versions, by {@link versionKey}; versions that do not exist are absent. */
export async function loadDefinitions(
  db: Db,
  versions: ReadonlyArray<{ wizardId: string; version: number }>,
): Promise<Map<string, WizardDefinition>> {
  const wanted = new Set(versions.map((v) => versionKey(v.wizardId, v.version)));
  const ids = [...new Set(versions.map((v) => v.wizardId))].filter(isUuid);
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      wizardId: wizardVersions.wizardId,
      version: wizardVersions.version,
      definition: wizardVersions.definition,
    })
    .from(wizardVersions)
    .where(inArray(wizardVersions.wizardId, ids));
  return new Map(
    rows
      .filter((r) => wanted.has(versionKey(r.wizardId, r.version)))
      .map((r) => [versionKey(r.wizardId, r.version), r.definition]),
  );
}

/** Encodes a cursor as an opaque URL-safe string. */
export function encodeRunCursor(cursor: RunCursor): string {
  return Buffer.from(`${cursor.createdAt.toISOString()}|${cursor.id}`).toString('base64url');
}

/** Decodes a cursor made by `encodeRunCursor`; null when it is not one. */
export function decodeRunCursor(text: string): RunCursor | null {
  const [at, id, extra] = Buffer.from(text, 'base64url').toString('utf8').split('|');
  if (extra !== undefined || !at || !id || !isUuid(id)) return null;
  const createdAt = new Date(at);
  return Number.isNaN(createdAt.getTime()) ? null : { createdAt, id };
}

/** The run with this id in this tenant, or null (a run of another tenant is null too). */
export async function getTenantRun(db: Db, runId: string, tenantId: string): Promise<RunRecord | null> {
  if (!isUuid(runId)) return null;
  const [row] = await db
    .select()
    .from(runs)
    .where(and(eq(runs.id, runId), eq(runs.tenantId, tenantId)));
  return row ?? null;
}

/** A saved (starred) run: the note, when it was saved, and the run with its wizard's name. */
export interface SavedRun {
  note: string;
  savedAt: Date;
  run: RunListItem;
}

/** Stars a run into the user's store with a note; starring again replaces the note. */
export async function saveRun(
  db: Db,
  input: { userId: string; tenantId: string; runId: string; note?: string },
): Promise<SavedRun> {
  const note = input.note ?? '';
  const [row] = await db
    .insert(savedRuns)
    .values({ userId: input.userId, tenantId: input.tenantId, runId: input.runId, note })
    .onConflictDoUpdate({ target: [savedRuns.userId, savedRuns.runId], set: { note } })
    .returning();
  const [run] = await db
    .select({ ...summaryColumns(), wizardName: wizards.name })
    .from(runs)
    .leftJoin(wizards, and(eq(wizards.id, runs.wizardId), eq(wizards.tenantId, runs.tenantId)))
    .where(and(eq(runs.id, input.runId), eq(runs.tenantId, input.tenantId)));
  if (!row || !run) throw new Error(`run ${input.runId} vanished while being saved`);
  return { note: row.note, savedAt: row.createdAt, run };
}

/** Unstars a run; returns whether it was saved. */
export async function unsaveRun(db: Db, userId: string, runId: string): Promise<boolean> {
  if (!isUuid(runId)) return false;
  const deleted = await db
    .delete(savedRuns)
    .where(and(eq(savedRuns.userId, userId), eq(savedRuns.runId, runId)))
    .returning({ runId: savedRuns.runId });
  return deleted.length > 0;
}

/** The user's saved runs in this tenant, most recently saved first (at most 500). */
export async function listSavedRuns(db: Db, userId: string, tenantId: string): Promise<SavedRun[]> {
  const rows = await db
    .select({
      note: savedRuns.note,
      savedAt: savedRuns.createdAt,
      run: summaryColumns(),
      wizardName: wizards.name,
    })
    .from(savedRuns)
    .innerJoin(runs, and(eq(runs.id, savedRuns.runId), eq(runs.tenantId, savedRuns.tenantId)))
    .leftJoin(wizards, and(eq(wizards.id, runs.wizardId), eq(wizards.tenantId, runs.tenantId)))
    .where(and(eq(savedRuns.userId, userId), eq(savedRuns.tenantId, tenantId)))
    .orderBy(desc(savedRuns.createdAt), desc(savedRuns.runId))
    .limit(500);
  return rows.map(({ run, wizardName, ...saved }) => ({ ...saved, run: { ...run, wizardName } }));
}
