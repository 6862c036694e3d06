import { loadConfig } from '../../config/config.js';
import { openDatabase } from '../../db/index.js';

/** `guidepost migrate`: opens the configured database, which applies pending migrations, and says where. */
export async function migrateCommand(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.GUIDEPOST_DATA_DIR,
  });
  await database.close();
  const where =
    database.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.GUIDEPOST_DATA_DIR}`;
  console.log(`migrations applied: ${where}`);
}
