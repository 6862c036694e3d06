import { DomainError } from '../core/errors.js';
import { importWizard } from '../core/wizard/wizard-file.js';
import type { Db } from '../db/client.js';
import { InvalidDefinitionError } from '../db/errors.js';
import {
  archiveWizard,
  checkDefinition,
  checkDraft,
  cloneDefinition,
  createWizard,
  deleteWizard,
  editDraft,
  listTenantWizards,
  publishWizard,
  readWizardFileDraft,
  requireWizard,
} from '../db/wizard-authoring.js';
import { wizardDetail, withListFacts } from './details.js';
import type {
  CloneOptions,
  DefinitionProblem,
  WizardDetail,
  WizardListItem,
  WizardPage,
  WizardQuery,
} from './types.js';

/**
 * Wizard authoring: every function is scoped to one tenant, and a wizard of another tenant is reported exactly
 * like a missing one (NotFoundError, 404 "wizard <id> does not exist"). A draft need only be structurally sound
 * (otherwise InvalidDefinitionError listing every problem), so the builder can autosave work in progress; every
 * answer that carries a draft lists its cross-reference problems, and publishing refuses a draft while any exists.
 */

/** One page of the tenant's wizards (by name; every status but archived unless `query.status`), with their list facts. */
export async function listWizardPage(
  db: Db,
  tenant: string,
  query: WizardQuery,
): Promise<WizardPage<WizardListItem>> {
  const page = await listTenantWizards(db, tenant, query);
  return { items: await withListFacts(db, tenant, page.items), total: page.total };
}

/** The tenant's wizard with its draft, problems and versions. Throws NotFoundError. */
export async function getWizardDetail(db: Db, tenant: string, wizardId: string): Promise<WizardDetail> {
  return wizardDetail(db, await requireWizard(db, tenant, wizardId));
}

/**
 * Creates a draft wizard from a client's definition (its `id` may be omitted; the row's uuid replaces it).
 * Throws InvalidDefinitionError (bad structure) and ConflictError (the slug is taken in the tenant).
 */
export async function createDraft(db: Db, tenant: string, input: unknown): Promise<WizardDetail> {
  return wizardDetail(db, await createWizard(db, tenant, checkDraft(input)));
}

/**
 * Imports a wizard file `{version, wizard}` as a new draft; a taken slug gets -2, -3…. Cross-reference problems
 * are kept and listed. Throws InvalidDefinitionError (bad envelope, unknown version or bad structure; paths
 * start `wizard.`).
 */
export async function importWizardFile(db: Db, tenant: string, file: unknown): Promise<WizardDetail> {
  return wizardDetail(db, await createWizard(db, tenant, readWizardFileDraft(file), 'suffix'));
}

/**
 * Every problem of a definition or of a wizard file (an object with `wizard` and `version`), checked as a
 * publishable one; `ok` when there is none. Never throws for a bad input.
 */
export function validateWizardInput(input: unknown): { ok: boolean; problems: DefinitionProblem[] } {
  const isFile = typeof input === 'object' && input !== null && 'wizard' in input && 'version' in input;
  if (isFile) {
    const result = importWizard(input);
    return { ok: result.ok, problems: result.ok ? [] : result.problems };
  }
  try {
    checkDefinition(input);
    return { ok: true, problems: [] };
  } catch (error) {
    if (!InvalidDefinitionError.isInstance(error)) throw error;
    return { ok: false, problems: error.problems };
  }
}

/**
 * Replaces the wizard's draft (published versions stay). Throws NotFoundError, ConflictError (archived) and
 * InvalidDefinitionError (bad structure).
 */
export async function replaceDraft(
  db: Db,
  tenant: string,
  wizardId: string,
  input: unknown,
): Promise<WizardDetail> {
  const definition = checkDraft(input);
  return wizardDetail(db, await editDraft(db, tenant, wizardId, () => definition));
}

/** Deletes the tenant's wizard and its versions. Throws NotFoundError, and ConflictError when it has runs. */
export async function deleteTenantWizard(db: Db, tenant: string, wizardId: string): Promise<void> {
  await deleteWizard(db, tenant, wizardId);
}

/**
 * Publishes the draft as a new immutable version (none is added when the draft equals the latest) and returns
 * the version number with the wizard. Throws NotFoundError, and DomainError `invalid` when the draft has
 * problems: its `invalidParams` name each `draft.<path>`, its `problems` extension lists them as they are.
 */
export async function publishDraft(
  db: Db,
  tenant: string,
  wizardId: string,
): Promise<{ version: number; wizard: WizardDetail }> {
  const version = await publishWizard(db, tenant, wizardId).catch((error: unknown) => {
    if (!InvalidDefinitionError.isInstance(error)) throw error;
    throw unpublishable(error.problems);
  });
  return { version, wizard: await getWizardDetail(db, tenant, wizardId) };
}

/** Archives the tenant's wizard (idempotent): hidden from lists; its versions and runs stay. Throws NotFoundError. */
export async function archiveTenantWizard(db: Db, tenant: string, wizardId: string): Promise<WizardDetail> {
  await archiveWizard(db, tenant, wizardId);
  return getWizardDetail(db, tenant, wizardId);
}

/**
 * Copies the tenant's wizard's draft into a new draft wizard (see CloneOptions). Throws NotFoundError, and
 * ConflictError when `options.slug` is taken.
 */
export async function cloneWizard(
  db: Db,
  tenant: string,
  wizardId: string,
  options: CloneOptions = {},
): Promise<WizardDetail> {
  const source = await requireWizard(db, tenant, wizardId);
  return wizardDetail(db, await cloneDefinition(db, tenant, source.draft, options));
}

function unpublishable(problems: DefinitionProblem[]): DomainError {
  const params = problems.map((p) => ({ name: `draft.${p.path}`, reason: p.message }));
  return new DomainError(
    'invalid',
    `the draft cannot be published until every problem is fixed: ${params.map((p) => `${p.name}: ${p.reason}`).join('; ')}`,
    { invalidParams: params, extensions: { problems } },
  );
}
