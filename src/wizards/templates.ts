import type { Db } from '../db/client.js';
import { cloneDefinition, draftProblems, getTemplate, listTemplates } from '../db/wizard-authoring.js';
import { DEFAULT_TENANT } from '../db/schema.js';
import { wizardDetail, withListFacts } from './details.js';
import type {
  CloneOptions,
  TemplateDetail,
  WizardDetail,
  WizardListItem,
  WizardPage,
  WizardQuery,
} from './types.js';

/**
 * The templates gallery: wizards of the `default` tenant flagged is_template (not archived; the built-ins among
 * them), which every tenant reads and clones. An unknown template throws NotFoundError (404 "template <id> does
 * not exist").
 */

/** One page of templates (by name), with their list facts. */
export async function listTemplatePage(db: Db, query: WizardQuery): Promise<WizardPage<WizardListItem>> {
  const page = await listTemplates(db, query);
  return { items: await withListFacts(db, DEFAULT_TENANT, page.items), total: page.total };
}

/** A template, the definition a clone starts from (its latest published version, else its draft) and its problems. */
export async function getTemplateDetail(db: Db, templateId: string): Promise<TemplateDetail> {
  const { wizard, definition } = await getTemplate(db, templateId);
  return { wizard, definition, problems: draftProblems(definition) };
}

/**
 * Clones a template into the tenant as a new draft, named like the template unless `options.name` says otherwise.
 * Throws NotFoundError and ConflictError (`options.slug` is taken).
 */
export async function cloneTemplate(
  db: Db,
  tenant: string,
  templateId: string,
  options: CloneOptions = {},
): Promise<WizardDetail> {
  const { definition } = await getTemplate(db, templateId);
  const row = await cloneDefinition(db, tenant, definition, { name: definition.name, ...options });
  return wizardDetail(db, row);
}
