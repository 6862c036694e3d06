import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDatabase, queryRows } from '../../src/db/client.js';
import { migrate } from '../../src/db/migrate.js';
import { createScratchDatabase } from '../../src/db/scratch.js';
import { describeEachDatabase } from './databases.js';

describeEachDatabase('migrations', (ctx) => {
  it('create every table', async () => {
    const rows = await queryRows<{ table_name: string }>(
      ctx.db,
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    expect(rows.map((r) => r.table_name)).toEqual(
      expect.arrayContaining([
        'run_events',
        'runs',
        'transcript_entries',
        'wizard_versions',
        'wizards',
        'tenants',
        'users',
        'memberships',
        'sessions',
        'api_keys',
        'saved_runs',
        'webhook_endpoints',
        'webhook_deliveries',
        'webhook_attempts',
      ]),
    );
  });

  it('are idempotent', async () => {
    await migrate(ctx.database);
    const rows = await queryRows<{ n: number }>(
      ctx.db,
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    );
    const journal = JSON.parse(
      readFileSync(new URL('../../src/db/migrations/meta/_journal.json', import.meta.url), 'utf8'),
    );
    expect(rows[0]!.n).toBe(journal.entries.length);
  });

  it('enable pgvector only where it is available', async () => {
    const available = await queryRows(
      ctx.db,
      sql`select 1 from pg_available_extensions where name = 'vector'`,
    );
    const installed = await queryRows(ctx.db, sql`select 1 from pg_extension where extname = 'vector'`);
    expect(installed.length).toBe(available.length);
    if (ctx.kind === 'pglite') expect(installed.length).toBe(1);
  });
});

describeEachDatabase('database', (ctx) => {
  it('runs raw SQL on the driver', async () => {
    const result = await ctx.database.executeSql('select $1::int + 1 as n', [41]);
    expect(result.rows).toEqual([{ n: 42 }]);
  });
});

describe.runIf(process.env.DATABASE_URL)('migrations on a fresh server database', () => {
  it('can be started by several nodes at once', async () => {
    const scratch = await createScratchDatabase(process.env.DATABASE_URL!);
    try {
      const nodes = await Promise.all(
        [1, 2, 3].map(() => openDatabase({ databaseUrl: scratch.url, dataDir: '' })),
      );
      const rows = await queryRows<{ n: number }>(
        nodes[0]!.db,
        sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
      );
      const journal = JSON.parse(
        readFileSync(new URL('../../src/db/migrations/meta/_journal.json', import.meta.url), 'utf8'),
      );
      expect(rows[0]!.n).toBe(journal.entries.length);
      await Promise.all(nodes.map((n) => n.close()));
    } finally {
      await scratch.drop();
    }
  });
});
