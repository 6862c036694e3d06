import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listUserTenants, verifyCredentials } from '../../src/db/accounts.js';
import { openDatabase } from '../../src/db/client.js';
import { runCli } from '../cli/cli.js';

describe('guidepost user create [pglite]', () => {
  it('creates the first account as superadmin, then others in a tenant with a role', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'guidepost-user-'));
    const env = { GUIDEPOST_DATA_DIR: dataDir, APP_SECRET: 'test-secret-test-secret-test-secret!' };
    const first = await runCli(
      ['user', 'create', '--email', 'Boss@Example.com', '--password', 'long enough pw'],
      env,
    );
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /created superadmin boss@example.com .* owner of tenant default \(the first account\)/,
    );

    const second = await runCli(
      ['user', 'create', '--email', 'ed@example.com', '--password', 'long enough pw', '--role', 'member'],
      env,
    );
    expect(second.stdout).toContain('created user ed@example.com');
    expect(second.stdout).toContain('member of tenant default');

    const noTenant = await runCli(
      ['user', 'create', '--email', 'y@example.com', '--password', 'long enough pw', '--tenant', 'nope'],
      env,
    );
    expect(noTenant.code).toBe(1);
    expect(noTenant.stderr).toContain('tenant nope does not exist');

    const database = await openDatabase({ dataDir });
    try {
      const boss = await verifyCredentials(database.db, 'boss@example.com', 'long enough pw');
      expect(boss?.isSuperadmin).toBe(true);
      expect(await listUserTenants(database.db, boss!.id)).toEqual([
        { id: 'default', name: 'Default', role: 'owner' },
      ]);
    } finally {
      await database.close();
    }
  }, 60_000);
});
