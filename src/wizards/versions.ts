import { DomainError } from '../core/errors.js';
import type { WizardDefinition } from '../core/wizard/definition.js';
import type { Db } from '../db/client.js';
import { listVersions, requireWizard } from '../db/wizard-authoring.js';
import { getPublishedVersion } from '../db/wizards.js';
import type { PublishedVersion, VersionSummary } from './types.js';

/** Reading the tenant's wizard's published versions, and what an export of the wizard holds. */

function versionNotFound(wizardId: string, version: number): DomainError {
  return new DomainError('not_found', `version ${version} of wizard ${wizardId} does not exist`);
}

/**
 * The definition to export and the wizard's slug (to name the file): its draft, or published `version` when
 * given. Throws NotFoundError (no such wizard in the tenant) and DomainError `not_found` (no such version).
 */
export async function exportDefinition(
  db: Db,
  tenant: string,
  wizardId: string,
  version?: number,
): Promise<{ slug: string; definition: WizardDefinition }> {
  const row = await requireWizard(db, tenant, wizardId);
  if (version === undefined) return { slug: row.slug, definition: row.draft };
  const published = await getPublishedVersion(db, row.id, version);
  if (!published) throw versionNotFound(row.id, version);
  return { slug: row.slug, definition: published.definition };
}

/** The wizard's published versions, newest first. Throws NotFoundError (no such wizard in the tenant). */
export async function listWizardVersions(
  db: Db,
  tenant: string,
  wizardId: string,
): Promise<VersionSummary[]> {
  const row = await requireWizard(db, tenant, wizardId);
  return listVersions(db, row.id);
}

/**
 * One published version with its definition. Throws NotFoundError (no such wizard in the tenant) and
 * DomainError `not_found` (no such version).
 */
export async function getWizardVersion(
  db: Db,
  tenant: string,
  wizardId: string,
  version: number,
): Promise<PublishedVersion> {
  const row = await requireWizard(db, tenant, wizardId);
  const published = await getPublishedVersion(db, row.id, version);
  if (!published) throw versionNotFound(row.id, version);
  return published;
}
