import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import type { SQLWrapper } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { DEFAULT_LOCK_STALE_MS, lockDataDir } from './data-dir-lock.js';
import { migrate } from './migrate.js';
import * as schema from './schema.js';

export type Schema = typeof schema;

/**
 * The drizzle query API common to PGlite and node-postgres, typed with the schema. Repositories take a `Db`,
 * so they accept the database itself or a transaction (`db.transaction(async (tx) => …)`).
 */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type DatabaseKind = 'pglite' | 'postgres';

/**
 * Runs raw SQL (e.g. ``sql`select …` ``) and returns its rows, typed as `T`, on either engine: both drivers
 * answer `{ rows }`, but the common `Db` type cannot say so.
 */
export async function queryRows<T extends Record<string, unknown>>(
  db: Db,
  query: SQLWrapper | string,
): Promise<T[]> {
  const result = (await db.execute<T>(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** Rows of a raw SQL statement, the shape pg-boss's `db` adapter and other raw-SQL users expect. */
export interface SqlResult {
  rows: Record<string, unknown>[];
}

interface DatabaseBase {
  readonly db: Db;
  /** Runs one raw SQL statement with `$1…` parameters on the underlying driver (outside drizzle). */
  executeSql(text: string, values?: unknown[]): Promise<SqlResult>;
  /** Closes the PGlite instance or ends the connection pool. Idempotent. */
  close(): Promise<void>;
}

/**
 * An open database: the drizzle instance (`db`), which engine it is (`kind`), its driver (`client`: the
 * PGlite instance or the node-postgres pool, for tools that need it), raw SQL, and `close()`.
 */
export type Database =
  | (DatabaseBase & { readonly kind: 'pglite'; readonly client: PGlite })
  | (DatabaseBase & { readonly kind: 'postgres'; readonly client: pg.Pool });

export interface OpenDatabaseConfig {
  /** A `postgres://` URL: use a PostgreSQL server through a node-postgres pool. Unset: embedded PGlite. */
  databaseUrl?: string;
  /** Where PGlite keeps its files (e.g. `./data`), or `memory://` for a throwaway database. Ignored with a URL. */
  dataDir: string;
  /** Apply pending migrations before returning (default true). */
  migrate?: boolean;
  /** Maximum pool size for PostgreSQL (default 10). */
  poolSize?: number;
  /**
   * PGlite in a directory: milliseconds after which the lock of a holder that stopped refreshing it (it
   * crashed) is taken over (default 30 000, at least 2000). Tests shorten it.
   */
  lockStaleMs?: number;
}

/**
 * Opens the database: PostgreSQL when `databaseUrl` is set, otherwise PGlite persisted in `dataDir` (created
 * if missing) with the pgvector extension loaded. Applies migrations unless `migrate: false`.
 * Only one process may open a PGlite data directory at a time: it is locked (see lockDataDir) until `close()`.
 * Throws DataDirInUseError, naming the holder, when another process (or another open database of this
 * process) holds the data directory; throws when the server cannot be reached, the data directory cannot be
 * opened, or a migration fails.
 */
export async function openDatabase(config: OpenDatabaseConfig): Promise<Database> {
  const database = config.databaseUrl
    ? openPostgres(config.databaseUrl, config.poolSize ?? 10)
    : await openPglite(config.dataDir, config.lockStaleMs ?? DEFAULT_LOCK_STALE_MS);
  if (config.migrate ?? true) {
    try {
      await migrate(database);
    } catch (error) {
      await database.close();
      throw error;
    }
  }
  return database;
}

async function openPglite(dataDir: string, lockStaleMs: number): Promise<Database> {
  const inMemory = dataDir.startsWith('memory://');
  let unlock: () => Promise<void> = async () => undefined;
  if (!inMemory) {
    await mkdir(dataDir, { recursive: true });
    unlock = await lockDataDir(dataDir, lockStaleMs);
  }
  let client: PGlite;
  try {
    client = await PGlite.create({ dataDir: inMemory ? undefined : dataDir, extensions: { vector } });
  } catch (error) {
    await unlock();
    throw error;
  }
  const db: Db = drizzlePglite({ client, schema });
  let closed = false;
  return {
    kind: 'pglite',
    db,
    client,
    async executeSql(text, values) {
      return { rows: (await client.query<Record<string, unknown>>(text, values)).rows };
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        await client.close();
      } finally {
        await unlock();
      }
    },
  };
}

function openPostgres(databaseUrl: string, max: number): Database {
  const pool = new pg.Pool({ connectionString: databaseUrl, max });
  // An idle client that loses its connection emits 'error' on the pool; without a listener Node exits.
  pool.on('error', () => undefined);
  const db: Db = drizzleNodePg({ client: pool, schema });
  let closed = false;
  return {
    kind: 'postgres',
    db,
    client: pool,
    async executeSql(text, values) {
      return { rows: (await pool.query<Record<string, unknown>>(text, values)).rows };
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
