import { exportWizard } from '../../core/wizard/wizard-file.js';
import { getBySlug, getPublishedVersion } from '../../db/index.js';
import { withCliContext } from '../context.js';

/** `guidepost export <slug>`: prints the wizard's latest published version as a wizard file; exit 1 if none. */
export async function exportCommand(slug: string): Promise<void> {
  await withCliContext(async ({ database }) => {
    const wizard = await getBySlug(database.db, slug);
    const published = wizard ? await getPublishedVersion(database.db, wizard.id) : null;
    if (!published) {
      console.error(`guidepost: no published wizard "${slug}"`);
      process.exitCode = 1;
      return;
    }
    process.stdout.write(exportWizard(published.definition));
  });
}
