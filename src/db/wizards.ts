import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, getTableColumns, inArray, ne, sql, type SQL } from 'drizzle-orm';
import {
  WizardDefinitionBaseSchema,
  type WizardDefinition,
  type WizardDefinitionInput,
  type WizardStatus,
} from '../core/wizard/definition.js';
import { parseWizardDefinition, zodProblems } from '../core/wizard/validate-definition.js';
import type { Db } from './client.js';
import { contentHash } from './content-hash.js';
import {
  ConflictError,
  InvalidDefinitionError,
  NotFoundError,
  sqlState,
  UNIQUE_VIOLATION,
} from './errors.js';
import { DEFAULT_TENANT, runs, wizards, wizardVersions } from './schema.js';

/**
 * The wizard repository: drafts, immutable published versions, listing, archiving and the seeding of
 * built-in wizards. A stored definition's `id` is always its wizard's row id (a uuid), so `wizard_start`
 * events name the row.
 */

/** A wizards row: the editable draft plus bookkeeping. `latestVersion` is null until the first publish. */
export type WizardRecord = typeof wizards.$inferSelect;
/** A wizard without its draft, for lists. */
export type WizardSummary = Omit<WizardRecord, 'draft'>;
/** One immutable published version. */
export type PublishedVersion = typeof wizardVersions.$inferSelect;

export interface SaveDraftOptions {
  /** The tenant; default `default`. */
  tenant?: string;
  /** Update this wizard. Otherwise the tenant's wizard whose id is `definition.id` or whose slug matches; else a new one. */
  wizardId?: string;
  /** Marks a shipped wizard (only `seedBuiltinWizards` sets it). */
  builtin?: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Inserts or updates a wizard's draft. The draft need only be structurally valid (cross-references are
 * checked at `publish`). Editing a published wizard changes its draft only: published versions stay as they
 * are, and the status stays `published`. Returns the saved row.
 * Throws InvalidDefinitionError (bad structure), NotFoundError (unknown `opts.wizardId`), ConflictError
 * (the slug is taken by another wizard of the tenant).
 */
export async function saveDraft(
  db: Db,
  input: WizardDefinitionInput | WizardDefinition,
  opts: SaveDraftOptions = {},
): Promise<WizardRecord> {
  const parsed = WizardDefinitionBaseSchema.safeParse(input);
  if (!parsed.success) throw new InvalidDefinitionError(zodProblems(parsed.error));
  const definition = parsed.data;
  const tenant = opts.tenant ?? DEFAULT_TENANT;
  let existing: WizardRecord | null = null;
  if (opts.wizardId) {
    existing = await getWizard(db, opts.wizardId, tenant);
    if (!existing) throw new NotFoundError(`wizard ${opts.wizardId}`);
  } else {
    if (UUID.test(definition.id)) existing = await getWizard(db, definition.id, tenant);
    existing ??= await getBySlug(db, definition.slug, tenant);
  }
  const id = existing?.id ?? randomUUID();
  const draft: WizardDefinition = { ...definition, id, status: 'draft' };
  const columns = { slug: draft.slug, name: draft.name, isTemplate: draft.is_template, draft };
  try {
    if (existing) {
      const [row] = await db
        .update(wizards)
        .set({
          ...columns,
          ...(opts.builtin !== undefined && { builtin: opts.builtin }),
          updatedAt: new Date(),
        })
        .where(eq(wizards.id, id))
        .returning();
      return row!;
    }
    const [row] = await db
      .insert(wizards)
      .values({ id, tenantId: tenant, ...columns, builtin: opts.builtin ?? false })
      .returning();
    return row!;
  } catch (error) {
    if (sqlState(error) === UNIQUE_VIOLATION)
      throw new ConflictError(
        `another wizard of tenant ${tenant} already has the slug "${draft.slug}"`,
        error,
      );
    throw error;
  }
}

/**
 * Publishes the wizard's draft as a new immutable version (its definition copied with status `published`)
 * and returns the version number (1, 2, …). When the draft equals the latest version, no version is added
 * and the latest number is returned. Publishing an archived wizard restores it.
 * Throws NotFoundError (no such wizard) and InvalidDefinitionError (the draft fails the full checks).
 */
export async function publish(db: Db, wizardId: string): Promise<number> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(wizards).where(eq(wizards.id, wizardId)).for('update');
    if (!row) throw new NotFoundError(`wizard ${wizardId}`);
    const checked = parseWizardDefinition(row.draft);
    if (!checked.ok) throw new InvalidDefinitionError(checked.problems);
    const definition: WizardDefinition = { ...checked.definition, id: wizardId, status: 'published' };
    const hash = contentHash(definition);
    let version = row.latestVersion ?? 0;
    const latest = version > 0 ? await getPublishedVersion(tx, wizardId, version) : null;
    if (latest?.contentHash !== hash) {
      version += 1;
      await tx.insert(wizardVersions).values({ wizardId, version, definition, contentHash: hash });
    }
    await tx
      .update(wizards)
      .set({ status: 'published', latestVersion: version, updatedAt: new Date() })
      .where(eq(wizards.id, wizardId));
    return version;
  });
}

/** The wizard with this id (in `tenant` when given), or null. */
export async function getWizard(db: Db, wizardId: string, tenant?: string): Promise<WizardRecord | null> {
  if (!UUID.test(wizardId)) return null;
  const where = tenant
    ? and(eq(wizards.id, wizardId), eq(wizards.tenantId, tenant))
    : eq(wizards.id, wizardId);
  const [row] = await db.select().from(wizards).where(where);
  return row ?? null;
}

/** The tenant's wizard with this slug (any status), or null. */
export async function getBySlug(
  db: Db,
  slug: string,
  tenant: string = DEFAULT_TENANT,
): Promise<WizardRecord | null> {
  const [row] = await db
    .select()
    .from(wizards)
    .where(and(eq(wizards.tenantId, tenant), eq(wizards.slug, slug)));
  return row ?? null;
}

/** A published version of the wizard: `version`, or the latest when omitted. Null when there is none. */
export async function getPublishedVersion(
  db: Db,
  wizardId: string,
  version?: number,
): Promise<PublishedVersion | null> {
  if (!UUID.test(wizardId)) return null;
  const query = db.select().from(wizardVersions);
  const [row] =
    version === undefined
      ? await query
          .where(eq(wizardVersions.wizardId, wizardId))
          .orderBy(desc(wizardVersions.version))
          .limit(1)
      : await query.where(and(eq(wizardVersions.wizardId, wizardId), eq(wizardVersions.version, version)));
  return row ?? null;
}

export interface WizardFilter {
  /** Default `default`. */
  tenant?: string;
  /** Only these statuses; by default every status but `archived`. */
  status?: WizardStatus | WizardStatus[];
  isTemplate?: boolean;
  builtin?: boolean;
}

/** The tenant's wizards matching the filter, without their drafts, ordered by name. */
export async function listWizards(db: Db, filter: WizardFilter = {}): Promise<WizardSummary[]> {
  const where: SQL[] = [eq(wizards.tenantId, filter.tenant ?? DEFAULT_TENANT)];
  if (filter.status === undefined) where.push(ne(wizards.status, 'archived'));
  else where.push(inArray(wizards.status, Array.isArray(filter.status) ? filter.status : [filter.status]));
  if (filter.isTemplate !== undefined) where.push(eq(wizards.isTemplate, filter.isTemplate));
  if (filter.builtin !== undefined) where.push(eq(wizards.builtin, filter.builtin));
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { draft, ...columns } = getTableColumns(wizards);
  return db
    .select(columns)
    .from(wizards)
    .where(and(...where))
    .orderBy(asc(wizards.name), asc(wizards.slug));
}

/** Archives a wizard: hidden from lists; its versions and runs stay. Throws NotFoundError. */
export async function archive(db: Db, wizardId: string): Promise<void> {
  const rows = UUID.test(wizardId)
    ? await db
        .update(wizards)
        .set({ status: 'archived', updatedAt: new Date() })
        .where(eq(wizards.id, wizardId))
        .returning({ id: wizards.id })
    : [];
  if (rows.length === 0) throw new NotFoundError(`wizard ${wizardId}`);
}

export interface SeedResult {
  slug: string;
  wizardId: string | null;
  /** created: first start; updated: the shipped JSON changed; unchanged; skipped: a non-built-in wizard owns the slug. */
  action: 'created' | 'updated' | 'unchanged' | 'skipped';
  version: number | null;
}

/**
 * Inserts and publishes each shipped wizard once. Idempotent: a built-in whose shipped JSON has the same
 * content hash as last time is left alone (edits made in the builder survive); a changed one gets its draft
 * replaced and a new version published. A slug held by a wizard that is not built in is skipped.
 * Throws InvalidDefinitionError when a shipped definition is invalid.
 */
export async function seedBuiltinWizards(
  db: Db,
  definitions: Array<WizardDefinitionInput | WizardDefinition>,
  opts: { tenant?: string } = {},
): Promise<SeedResult[]> {
  const tenant = opts.tenant ?? DEFAULT_TENANT;
  const results: SeedResult[] = [];
  for (const input of definitions) {
    const checked = parseWizardDefinition(input);
    if (!checked.ok) throw new InvalidDefinitionError(checked.problems);
    const hash = contentHash(checked.definition);
    const slug = checked.definition.slug;
    const existing = await getBySlug(db, slug, tenant);
    if (existing && (!existing.builtin || existing.sourceHash === hash)) {
      const action = existing.builtin ? 'unchanged' : 'skipped';
      results.push({ slug, wizardId: existing.id, action, version: existing.latestVersion });
      continue;
    }
    try {
      const result = await db.transaction(async (tx) => {
        const saved = await saveDraft(tx, checked.definition, {
          tenant,
          builtin: true,
          wizardId: existing?.id,
        });
        const version = await publish(tx, saved.id);
        await tx.update(wizards).set({ sourceHash: hash }).where(eq(wizards.id, saved.id));
        return { slug, wizardId: saved.id, action: existing ? 'updated' : 'created', version } as const;
      });
      results.push(result);
    } catch (error) {
      if (!ConflictError.isInstance(error)) throw error;
      // Another node seeded the same slug at the same moment.
      const winner = await getBySlug(db, slug, tenant);
      results.push({
        slug,
        wizardId: winner?.id ?? null,
        action: 'unchanged',
        version: winner?.latestVersion ?? null,
      });
    }
  }
  return results;
}

/** What the wizard list and the templates gallery show of a wizard beyond its row, read from its draft and its runs. */
export interface WizardListFacts {
  /** The draft's description ('' when it has none). */
  description: string;
  /** Steps of the draft. */
  stepCount: number;
  /** The name of the draft's guide. */
  guideName: string;
  /** Runs of the wizard in its tenant, any status. */
  runs: number;
  /** Of those, the completed ones. */
  completedRuns: number;
}

/**
 * The list facts of the tenant's wizards with these ids, keyed by id, in one grouped query (the draft's
 * description, step count and guide name; the runs and completed runs of the tenant). Ids of other tenants
 * and unknown ids are absent from the map.
 */
export async function wizardListFacts(
  db: Db,
  tenant: string,
  wizardIds: string[],
): Promise<Map<string, WizardListFacts>> {
  const ids = wizardIds.filter((id) => UUID.test(id));
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: wizards.id,
      description: sql<string>`coalesce(${wizards.draft} ->> 'description', '')`,
      stepCount: sql<number>`coalesce(jsonb_array_length(${wizards.draft} -> 'steps'), 0)::int`,
      guideName: sql<string>`coalesce(${wizards.draft} -> 'guide' ->> 'name', '')`,
      runs: sql<number>`count(${runs.id})::int`,
      completedRuns: sql<number>`(count(${runs.id}) filter (where ${runs.status} = 'completed'))::int`,
    })
    .from(wizards)
    .leftJoin(runs, and(eq(runs.wizardId, wizards.id), eq(runs.tenantId, tenant)))
    .where(and(eq(wizards.tenantId, tenant), inArray(wizards.id, ids)))
    .groupBy(wizards.id);
  return new Map(rows.map(({ id, ...facts }) => [id, facts]));
}
