import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { migrate } from './migrate.js';
import * as schema from './schema.js';

export type Schema = typeof schema;

/**
 * The drizzle query API common to PGlite and node-postgres, typed with the schema. Repositories take a `Db`,
 * so they accept the database itself or a transaction (`db.transaction(async (tx) => …)`).
 */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type DatabaseKind = 'pglite' | 'postgres';

/** An open database: the drizzle instance, which engine it is, and `close()`. */
export interface Database {
  readonly kind: DatabaseKind;
  readonly db: Db;
  /** Closes the PGlite instance or ends the connection pool. Idempotent. */
  close(): Promise<void>;
}

/** The drivers behind a Database, for `migrate()` and for tests. Not part of the repository API. */
export interface DatabaseInternals {
  pglite?: PGlite;
  pool?: pg.Pool;
}

const internals = new WeakMap<Database, DatabaseInternals>();

/** The driver objects of a database opened by `openDatabase` (for `migrate` and tools). */
export function databaseInternals(database: Database): DatabaseInternals {
  const found = internals.get(database);
  if (!found) throw new Error('this Database was not opened by openDatabase()');
  return found;
}

export interface OpenDatabaseConfig {
  /** A `postgres://` URL: use a PostgreSQL server through a node-postgres pool. Unset: embedded PGlite. */
  databaseUrl?: string;
  /** Where PGlite keeps its files (e.g. `./data`), or `memory://` for a throwaway database. Ignored with a URL. */
  dataDir: string;
  /** Apply pending migrations before returning (default true). */
  migrate?: boolean;
  /** Maximum pool size for PostgreSQL (default 10). */
  poolSize?: number;
}

/**
 * Opens the database: PostgreSQL when `databaseUrl` is set, otherwise PGlite persisted in `dataDir` (created
 * if missing) with the pgvector extension loaded. Applies migrations unless `migrate: false`.
 * Only one process may open a PGlite data directory at a time.
 * Throws when the server cannot be reached, the data directory cannot be opened, or a migration fails.
 */
export async function openDatabase(config: OpenDatabaseConfig): Promise<Database> {
  const database = config.databaseUrl
    ? openPostgres(config.databaseUrl, config.poolSize ?? 10)
    : await openPglite(config.dataDir);
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

async function openPglite(dataDir: string): Promise<Database> {
  const inMemory = dataDir.startsWith('memory://');
  if (!inMemory) await mkdir(dataDir, { recursive: true });
  const client = await PGlite.create({ dataDir: inMemory ? undefined : dataDir, extensions: { vector } });
  const db: Db = drizzlePglite({ client, schema });
  let closed = false;
  const database: Database = {
    kind: 'pglite',
    db,
    async close() {
      if (closed) return;
      closed = true;
      await client.close();
    },
  };
  internals.set(database, { pglite: client });
  return database;
}

function openPostgres(databaseUrl: string, max: number): Database {
  const pool = new pg.Pool({ connectionString: databaseUrl, max });
  // An idle client that loses its connection emits 'error' on the pool; without a listener Node exits.
  pool.on('error', () => undefined);
  const db: Db = drizzleNodePg({ client: pool, schema });
  let closed = false;
  const database: Database = {
    kind: 'postgres',
    db,
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
  internals.set(database, { pool });
  return database;
}
