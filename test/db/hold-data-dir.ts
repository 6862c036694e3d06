/**
 * A child process for the data-directory lock tests: `node --import tsx hold-data-dir.ts <dataDir> <staleMs>`
 * opens PGlite in `dataDir`, publishes a wizard, creates a run, prints `ready <runId>` and holds the directory
 * until its stdin ends; then it closes the database and exits 0.
 */
import { openDatabase } from '../../src/db/client.js';
import { createRun } from '../../src/db/runs.js';
import { publish, saveDraft } from '../../src/db/wizards.js';
import { leadWizard } from './fixtures.js';

const [dataDir, staleMs] = process.argv.slice(2);
const database = await openDatabase({ dataDir: dataDir!, lockStaleMs: Number(staleMs) });
const wizard = await saveDraft(database.db, leadWizard());
const version = await publish(database.db, wizard.id);
const runId = await createRun(database.db, { wizardId: wizard.id, version, channel: 'cli' });
process.stdout.write(`ready ${runId}\n`);
process.stdin.resume();
process.stdin.on('end', () => {
  void database.close().then(() => process.exit(0));
});
