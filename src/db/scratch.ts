import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** A throwaway PostgreSQL database; `drop()` removes it (closing any connection still open). */
export interface ScratchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/**
 * Creates a uniquely named database (`<prefix>_<12 hex>`) on the server `serverUrl` points at, for tests and
 * benchmarks that must not touch real data. Throws when the role may not create databases.
 */
export async function createScratchDatabase(
  serverUrl: string,
  prefix = 'guidepost_t',
): Promise<ScratchDatabase> {
  if (!/^[a-z_][a-z0-9_]*$/.test(prefix)) throw new TypeError(`bad database name prefix "${prefix}"`);
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () =>
      withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
