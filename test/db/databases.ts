import { afterAll, beforeAll, describe } from 'vitest';
import { openDatabase, type Database, type DatabaseKind, type Db } from '../../src/db/client.js';
import { createScratchDatabase, type ScratchDatabase } from '../../src/db/scratch.js';

/** What a suite of `describeEachDatabase` gets: the open database of the current engine. */
export interface DatabaseContext {
  readonly kind: DatabaseKind;
  /** The open, migrated database (available inside tests and hooks, not at collection time). */
  readonly database: Database;
  /** Shorthand for `database.db`. */
  readonly db: Db;
}

/** The engines the database suites run on: PGlite always, PostgreSQL when DATABASE_URL is set. */
export function databaseKinds(): DatabaseKind[] {
  return process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

/**
 * Runs `fn` as a suite once per engine (`name [pglite]`, `name [postgres]`), each on a fresh, migrated
 * database: an in-memory PGlite, or a scratch database on the DATABASE_URL server that is dropped afterwards.
 */
export function describeEachDatabase(name: string, fn: (ctx: DatabaseContext) => void): void {
  for (const kind of databaseKinds()) {
    describe(`${name} [${kind}]`, () => {
      let database: Database | undefined;
      let scratch: ScratchDatabase | undefined;
      beforeAll(async () => {
        if (kind === 'postgres') scratch = await createScratchDatabase(process.env.DATABASE_URL!);
        database = await openDatabase({ databaseUrl: scratch?.url, dataDir: 'memory://' });
      });
      afterAll(async () => {
        await database?.close();
        await scratch?.drop();
      });
      const ctx: DatabaseContext = {
        kind,
        get database() {
          if (!database) throw new Error('the database is open only inside tests and hooks');
          return database;
        },
        get db() {
          return ctx.database.db;
        },
      };
      fn(ctx);
    });
  }
}
