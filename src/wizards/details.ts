import type { Db } from '../db/client.js';
import { draftProblems, listVersions } from '../db/wizard-authoring.js';
import { wizardListFacts, type WizardListFacts } from '../db/wizards.js';
import type { WizardDetail, WizardListItem, WizardRecord, WizardSummary } from './types.js';

/** The building blocks the wizard services share: a row's detail, and list items with their facts. */

const NO_FACTS: WizardListFacts = { description: '', stepCount: 0, guideName: '', runs: 0, completedRuns: 0 };

/** The wizard row with its draft's problems and its published versions (newest first). */
export async function wizardDetail(db: Db, wizard: WizardRecord): Promise<WizardDetail> {
  return { wizard, problems: draftProblems(wizard.draft), versions: await listVersions(db, wizard.id) };
}

/**
 * The rows of one tenant with their list facts (description, step count, guide, runs and completed runs in
 * that tenant), read in one query; a row without facts gets zeros.
 */
export async function withListFacts(
  db: Db,
  tenant: string,
  rows: WizardSummary[],
): Promise<WizardListItem[]> {
  const facts = await wizardListFacts(
    db,
    tenant,
    rows.map((w) => w.id),
  );
  return rows.map((wizard) => ({ wizard, facts: facts.get(wizard.id) ?? NO_FACTS }));
}
