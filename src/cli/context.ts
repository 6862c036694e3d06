import { loadBuiltinWizards } from '../builtin/index.js';
import { loadConfig, type Config } from '../config/config.js';
import { openDatabase, seedBuiltinWizards, type Database } from '../db/index.js';

/** What most commands need: the validated configuration and an open, migrated, seeded database. */
export interface CliContext {
  config: Config;
  database: Database;
}

/**
 * Loads the configuration (throws ConfigError naming a bad variable), opens the database (PGlite in
 * GUIDEPOST_DATA_DIR, or PostgreSQL at DATABASE_URL), applies migrations and seeds the built-in wizards.
 */
export async function openCliContext(): Promise<CliContext> {
  const config = loadConfig();
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.GUIDEPOST_DATA_DIR,
  });
  try {
    await seedBuiltinWizards(database.db, loadBuiltinWizards());
  } catch (error) {
    await database.close();
    throw error;
  }
  return { config, database };
}

/** Runs `fn` with a CLI context and closes the database afterwards, whatever happens. */
export async function withCliContext<T>(fn: (ctx: CliContext) => Promise<T>): Promise<T> {
  const ctx = await openCliContext();
  try {
    return await fn(ctx);
  } finally {
    await ctx.database.close();
  }
}
