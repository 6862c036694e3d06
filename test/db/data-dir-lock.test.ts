import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/client.js';
import { DataDirInUseError } from '../../src/db/errors.js';
import { getRun } from '../../src/db/runs.js';
import { removeDataDir, spawnHolder, type DataDirHolderProcess } from './data-dir-holder.js';

/** Opens `dataDir`, retrying while the lock is held: until a stale lock is taken over. */
async function openWhenFree(dataDir: string, lockStaleMs: number): Promise<Database> {
  for (;;) {
    try {
      return await openDatabase({ dataDir, lockStaleMs });
    } catch (error) {
      if (!DataDirInUseError.isInstance(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

describe('one process per PGlite data directory', () => {
  const holders: DataDirHolderProcess[] = [];
  const dataDirs: string[] = [];
  afterEach(async () => {
    for (const h of holders.splice(0)) if (h.child.exitCode === null) h.child.kill('SIGKILL');
    for (const dir of dataDirs.splice(0)) await removeDataDir(dir);
  });

  async function tempDataDir(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'guidepost-lock-'));
    dataDirs.push(dir);
    return dir;
  }

  it('refuses a second process at once, naming the holder, and loses nothing', async () => {
    const dataDir = await tempDataDir();
    const holder = await spawnHolder(dataDir, 30_000);
    holders.push(holder);

    const error = await openDatabase({ dataDir }).then(
      () => expect.fail('the second open succeeded'),
      (e: unknown) => e,
    );
    expect(DataDirInUseError.isInstance(error)).toBe(true);
    const inUse = error as DataDirInUseError;
    expect(inUse.holder?.pid).toBe(holder.child.pid);
    expect(inUse.holder?.command).toContain('hold-data-dir.ts');
    expect(inUse.message).toContain(`process ${holder.child.pid} (`);
    expect(inUse.message).toContain('stop that process');
    expect(inUse.message).toContain('DATABASE_URL');

    holder.child.stdin.end();
    expect(await holder.exited).toBe(0);
    const database = await openDatabase({ dataDir });
    try {
      expect(await getRun(database.db, holder.runId)).toMatchObject({ id: holder.runId, channel: 'cli' });
      expect(existsSync(`${dataDir}.lock-holder.json`)).toBe(true);
    } finally {
      await database.close();
    }
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
    expect(existsSync(`${dataDir}.lock-holder.json`)).toBe(false);
  });

  it('takes over the lock of a holder killed with SIGKILL once it is stale, keeping its committed run', async () => {
    const dataDir = await tempDataDir();
    const holder = await spawnHolder(dataDir, 2000);
    holders.push(holder);
    holder.child.kill('SIGKILL');
    expect(await holder.exited).toBeNull();
    expect(existsSync(`${dataDir}.lock`)).toBe(true);

    const database = await openWhenFree(dataDir, 2000);
    try {
      expect(await getRun(database.db, holder.runId)).toMatchObject({ id: holder.runId });
    } finally {
      await database.close();
    }
  });

  it('refuses a second open of the same directory in one process until the first is closed', async () => {
    const dataDir = await tempDataDir();
    const first = await openDatabase({ dataDir });
    await expect(openDatabase({ dataDir })).rejects.toSatisfy((e) => DataDirInUseError.isInstance(e));
    await first.close();
    const second = await openDatabase({ dataDir });
    await second.close();
  });
});
