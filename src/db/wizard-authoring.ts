import { randomUUID } from 'node:crypto';
import { and, asc, count, desc, eq, getTableColumns, ilike, ne, sql, type SQL } from 'drizzle-orm';
import {
  WizardDefinitionBaseSchema,
  type WizardDefinition,
  type WizardStatus,
} from '../core/wizard/definition.js';
import {
  parseWizardDefinition,
  zodProblems,
  type DefinitionProblem,
} from '../core/wizard/validate-definition.js';
import { withOurFieldTypes } from '../core/wizard/seed-names.js';
import { importWizard, WIZARD_FILE_VERSION } from '../core/wizard/wizard-file.js';
import type { Db } from './client.js';
import {
  ConflictError,
  FOREIGN_KEY_VIOLATION,
  InvalidDefinitionError,
  NotFoundError,
  sqlState,
  UNIQUE_VIOLATION,
} from './errors.js';
import { DEFAULT_TENANT, runs, webhookEndpoints, wizards, wizardVersions } from './schema.js';
import {
  archive,
  getPublishedVersion,
  getWizard,
  publish,
  saveDraft,
  type WizardRecord,
  type WizardSummary,
} from './wizards.js';

/**
 * Wizard authoring for the HTTP API: every function is scoped to one tenant, and a wizard of another tenant
 * is reported exactly like a missing one (NotFoundError). A draft need only be structurally sound
 * (WizardDefinitionBaseSchema; otherwise InvalidDefinitionError listing every problem), so the builder can
 * autosave work in progress; its cross-reference problems (`draftProblems`) are reported with it, and
 * publishing refuses a draft while any exists.
 */

/** Placeholder id for definitions sent without one (the stored id is always the row's uuid). */
const NEW_ID = '00000000-0000-0000-0000-000000000000';

/** Adds the placeholder id to a client's definition sent without one. */
function withId(input: unknown): unknown {
  return isObject(input) && input.id === undefined ? { ...input, id: NEW_ID } : input;
}

/**
 * Checks a definition sent by a client (its `id` may be omitted) as a publishable one: structure and
 * cross-references. Returns it parsed; throws InvalidDefinitionError with every problem.
 */
export function checkDefinition(input: unknown): WizardDefinition {
  const result = parseWizardDefinition(withId(input));
  if (!result.ok) throw new InvalidDefinitionError(result.problems);
  return result.definition;
}

/**
 * Checks a definition sent by a client (its `id` may be omitted) as a draft: structure only, so a draft
 * with cross-reference problems (a condition reading an unknown field, a select without options, …) can
 * be saved. Returns it parsed; throws InvalidDefinitionError with every structural problem.
 */
export function checkDraft(input: unknown): WizardDefinition {
  const parsed = WizardDefinitionBaseSchema.safeParse(withId(input));
  if (!parsed.success) throw new InvalidDefinitionError(zodProblems(parsed.error));
  return parsed.data;
}

/** Every problem that keeps a stored draft from being published (path + message); empty when it is sound. */
export function draftProblems(draft: WizardDefinition): DefinitionProblem[] {
  const result = parseWizardDefinition(draft);
  return result.ok ? [] : result.problems;
}

/**
 * Reads a parsed wizard file `{version: 1, wizard}` as a draft: a bad envelope, an unknown version or a
 * structurally invalid wizard is refused, but cross-reference problems are kept for the builder to show.
 * Throws InvalidDefinitionError with every problem (paths start `wizard.`).
 */
export function readWizardFileDraft(input: unknown): WizardDefinition {
  const result = importWizard(input);
  if (result.ok) return result.definition;
  if (isObject(input) && input.version === WIZARD_FILE_VERSION) {
    const parsed = WizardDefinitionBaseSchema.safeParse(withOurFieldTypes(input.wizard).wizard);
    if (parsed.success) return parsed.data;
  }
  throw new InvalidDefinitionError(result.problems);
}

/** The tenant's wizard. Throws NotFoundError when it does not exist or belongs to another tenant. */
export async function requireWizard(db: Db, tenant: string, wizardId: string): Promise<WizardRecord> {
  const row = await getWizard(db, wizardId, tenant);
  if (!row) throw new NotFoundError(`wizard ${wizardId}`);
  return row;
}

export interface WizardQuery {
  /** Only this status; by default every status but archived. */
  status?: WizardStatus;
  /** Case-insensitive substring of the name. */
  q?: string;
  limit: number;
  offset: number;
}

/** One page of the tenant's wizards (without drafts), by name, and the total matching the filter. */
export async function listTenantWizards(
  db: Db,
  tenant: string,
  query: WizardQuery,
  opts: { templatesOnly?: boolean } = {},
): Promise<{ items: WizardSummary[]; total: number }> {
  const where: SQL[] = [eq(wizards.tenantId, tenant)];
  where.push(query.status ? eq(wizards.status, query.status) : ne(wizards.status, 'archived'));
  if (query.q) where.push(ilike(wizards.name, `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  if (opts.templatesOnly) where.push(eq(wizards.isTemplate, true));
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { draft, ...columns } = getTableColumns(wizards);
  const [items, [{ n } = { n: 0 }]] = await Promise.all([
    db
      .select(columns)
      .from(wizards)
      .where(and(...where))
      .orderBy(asc(wizards.name), asc(wizards.slug))
      .limit(query.limit)
      .offset(query.offset),
    db
      .select({ n: count() })
      .from(wizards)
      .where(and(...where)),
  ]);
  return { items, total: n };
}

/** The wizard's published versions (number and date), newest first. */
export async function listVersions(
  db: Db,
  wizardId: string,
): Promise<Array<{ version: number; publishedAt: Date }>> {
  return db
    .select({ version: wizardVersions.version, publishedAt: wizardVersions.publishedAt })
    .from(wizardVersions)
    .where(eq(wizardVersions.wizardId, wizardId))
    .orderBy(desc(wizardVersions.version));
}

/**
 * Creates a draft wizard in the tenant from a definition checked by `checkDraft` or `checkDefinition` (its id
 * is replaced by the new row's).
 * `slug: 'fail'` throws ConflictError when the slug is taken; `'suffix'` picks `slug-2`, `slug-3`, ….
 */
export async function createWizard(
  db: Db,
  tenant: string,
  definition: WizardDefinition,
  slug: 'fail' | 'suffix' = 'fail',
): Promise<WizardRecord> {
  const id = randomUUID();
  const finalSlug = slug === 'suffix' ? await freeSlug(db, tenant, definition.slug) : definition.slug;
  const draft: WizardDefinition = { ...definition, id, slug: finalSlug, status: 'draft' };
  try {
    const [row] = await db
      .insert(wizards)
      .values({
        id,
        tenantId: tenant,
        slug: finalSlug,
        name: draft.name,
        isTemplate: draft.is_template,
        draft,
      })
      .returning();
    return row!;
  } catch (error) {
    if (sqlState(error) === UNIQUE_VIOLATION)
      throw new ConflictError(`another wizard of this tenant already has the slug "${finalSlug}"`, error);
    throw error;
  }
}

async function freeSlug(db: Db, tenant: string, slug: string): Promise<string> {
  const base = slug.replace(/-\d+$/, '').slice(0, 90);
  const taken = new Set(
    (
      await db
        .select({ slug: wizards.slug })
        .from(wizards)
        .where(and(eq(wizards.tenantId, tenant), sql`${wizards.slug} like ${`${base}%`}`))
    ).map((r) => r.slug),
  );
  if (!taken.has(slug)) return slug;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * Replaces the wizard's draft with `edit(draft)` under a row lock, checking the result's structure only
 * (`checkDraft`: cross-reference problems are saved and reported by `draftProblems`). Published versions
 * stay as they are (a published wizard keeps status `published` with a changed draft).
 * Throws NotFoundError, ConflictError (archived: restore it by publishing, or clone it),
 * InvalidDefinitionError (bad structure).
 */
export async function editDraft(
  db: Db,
  tenant: string,
  wizardId: string,
  edit: (draft: WizardDefinition) => unknown,
): Promise<WizardRecord> {
  return db.transaction(async (tx) => {
    await requireWizard(tx, tenant, wizardId);
    const [row] = await tx.select().from(wizards).where(eq(wizards.id, wizardId)).for('update');
    if (row!.status === 'archived')
      throw new ConflictError(
        `wizard ${wizardId} is archived: publish it to restore it, or clone it, before editing`,
      );
    const definition = checkDraft(edit(row!.draft));
    return saveDraft(tx, definition, { tenant, wizardId });
  });
}

/**
 * Publishes the tenant's draft and returns the version number. Throws NotFoundError, and
 * InvalidDefinitionError listing every problem of the draft (see `draftProblems`).
 */
export async function publishWizard(db: Db, tenant: string, wizardId: string): Promise<number> {
  await requireWizard(db, tenant, wizardId);
  return publish(db, wizardId);
}

/** Archives the tenant's wizard (idempotent). Throws NotFoundError. */
export async function archiveWizard(db: Db, tenant: string, wizardId: string): Promise<void> {
  await requireWizard(db, tenant, wizardId);
  await archive(db, wizardId);
}

/**
 * Deletes the tenant's wizard, its versions and its webhook endpoints. Throws NotFoundError, and ConflictError
 * when it has runs (archive it instead: runs keep their wizard).
 */
export async function deleteWizard(db: Db, tenant: string, wizardId: string): Promise<void> {
  await requireWizard(db, tenant, wizardId);
  const hasRuns = async (tx: Db) =>
    (await tx.select({ id: runs.id }).from(runs).where(eq(runs.wizardId, wizardId)).limit(1)).length > 0;
  const conflict = (cause?: unknown) =>
    new ConflictError(`wizard ${wizardId} has runs, so it cannot be deleted: archive it instead`, cause);
  try {
    await db.transaction(async (tx) => {
      if (await hasRuns(tx)) throw conflict();
      await tx.delete(webhookEndpoints).where(eq(webhookEndpoints.wizardId, wizardId));
      await tx.delete(wizardVersions).where(eq(wizardVersions.wizardId, wizardId));
      await tx.delete(wizards).where(and(eq(wizards.id, wizardId), eq(wizards.tenantId, tenant)));
    });
  } catch (error) {
    if (sqlState(error) === FOREIGN_KEY_VIOLATION) throw conflict(error);
    throw error;
  }
}

/**
 * Copies a definition into the tenant as a new draft (not a template), named `name` (default "<name> (copy)")
 * with `slug` or a free variant of the source's. The copy keeps the source's cross-reference problems, if any.
 */
export async function cloneDefinition(
  db: Db,
  tenant: string,
  source: WizardDefinition,
  opts: { name?: string; slug?: string } = {},
): Promise<WizardRecord> {
  const definition = checkDraft({
    ...source,
    name: opts.name ?? `${source.name} (copy)`.slice(0, 200),
    slug: opts.slug ?? source.slug,
    is_template: false,
  });
  return createWizard(db, tenant, definition, opts.slug ? 'fail' : 'suffix');
}

/** Templates every tenant can read and clone: wizards of the `default` tenant flagged is_template (not archived). */
export async function listTemplates(
  db: Db,
  query: WizardQuery,
): Promise<{ items: WizardSummary[]; total: number }> {
  return listTenantWizards(db, DEFAULT_TENANT, query, { templatesOnly: true });
}

/** A template and the definition to clone: its latest published version, else its draft. Throws NotFoundError. */
export async function getTemplate(
  db: Db,
  templateId: string,
): Promise<{ wizard: WizardRecord; definition: WizardDefinition }> {
  const wizard = await getWizard(db, templateId, DEFAULT_TENANT);
  if (!wizard?.isTemplate || wizard.status === 'archived') throw new NotFoundError(`template ${templateId}`);
  const published = await getPublishedVersion(db, templateId);
  return { wizard, definition: published?.definition ?? wizard.draft };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
