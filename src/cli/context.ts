import { loadBuiltinWizards } from '../builtin/index.js';
import { loadConfig, type Config } from '../config/config.js';
import { openDatabase, seedBuiltinWizards, type Database } from '../db/index.js';
import { Runtime, type RuntimeLogger } from '../runtime/runtime.js';

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

/**
 * The CLI's logger for runtime messages: warnings and errors go to stderr as one line (no JSON, no stack);
 * information is dropped unless LOG_LEVEL is `debug` or `trace`.
 */
function cliLogger(verbose: boolean): RuntimeLogger {
  const line = (level: string, obj: object, msg: string) => {
    const err = (obj as { err?: unknown }).err;
    const reason = err instanceof Error ? `: ${err.message}` : '';
    console.error(`guidepost ${level}: ${msg}${reason}`);
  };
  return {
    info: (obj, msg) => verbose && line('info', obj, msg),
    warn: (obj, msg) => line('warning', obj, msg),
    error: (obj, msg) => line('error', obj, msg),
  };
}

/**
 * Runs `fn` with the process's Runtime (configuration, database, queue, live bus, run and webhook services,
 * webhook workers), started, and closes it afterwards whatever happens. Runs changed through it fire
 * webhooks and reach live views of servers on the same database, like runs changed through the server.
 */
export async function withRuntime<T>(fn: (runtime: Runtime) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const runtime = await Runtime.open({
    config,
    log: cliLogger(config.LOG_LEVEL === 'debug' || config.LOG_LEVEL === 'trace'),
  });
  try {
    await runtime.start();
    return await fn(runtime);
  } finally {
    await runtime.close();
  }
}
