import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { queryRows, type Database } from '../../db/client.js';

/** The outcome of one readiness check, as `GET /ready` shows it. */
export interface CheckResult {
  ok: boolean;
  detail?: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The open, migrated database (PGlite or PostgreSQL). */
    database: Database;
    /**
     * Whether the database answers (`database`) and has its migrations applied (`migrations`, detail
     * "<n> applied"); when it does not answer, only `database`, with the error's message. Never throws.
     */
    checkDatabase(): Promise<Record<string, CheckResult>>;
  }
}

/**
 * Decorates the app with the database and its readiness check, and closes the database when the app closes
 * (if the app owns it).
 */
async function databasePlugin(
  app: FastifyInstance,
  opts: { database: Database; owned: boolean },
): Promise<void> {
  app.decorate('database', { getter: () => opts.database });
  app.decorate('checkDatabase', async (): Promise<Record<string, CheckResult>> => {
    try {
      const rows = await queryRows<{ n: number }>(
        opts.database.db,
        sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
      );
      const n = rows[0]?.n ?? 0;
      return { database: { ok: true }, migrations: { ok: n > 0, detail: `${n} applied` } };
    } catch (error) {
      return { database: { ok: false, detail: (error as Error).message } };
    }
  });
  if (opts.owned) app.addHook('onClose', async () => opts.database.close());
}

export default fp(databasePlugin, { name: 'database' });
