import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Database } from '../../db/client.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The open, migrated database (PGlite or PostgreSQL). */
    database: Database;
  }
}

/** Decorates the app with the database and closes it when the app closes (if the app owns it). */
async function databasePlugin(
  app: FastifyInstance,
  opts: { database: Database; owned: boolean },
): Promise<void> {
  app.decorate('database', { getter: () => opts.database });
  if (opts.owned) app.addHook('onClose', async () => opts.database.close());
}

export default fp(databasePlugin, { name: 'database' });
