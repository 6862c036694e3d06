import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeDataDir, spawnHolder, type DataDirHolderProcess } from '../db/data-dir-holder.js';
import { runCli } from './cli.js';

describe('guidepost on a PGlite data directory another process holds', () => {
  let holder: DataDirHolderProcess | undefined;
  let dataDir: string | undefined;
  afterAll(async () => {
    if (holder?.child.exitCode === null) holder.child.kill('SIGKILL');
    await holder?.exited;
    if (dataDir) await removeDataDir(dataDir);
  });

  it('prints which process holds it and what to do, without a stack trace, and exits 1', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'guidepost-cli-lock-'));
    holder = await spawnHolder(dataDir, 30_000);

    const result = await runCli(['run', 'lead-capture'], { GUIDEPOST_DATA_DIR: dataDir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const stderr = result.stderr.trim();
    expect(stderr).toMatch(/^guidepost: the PGlite data directory \S+ is in use by process \d+ \(/);
    expect(stderr).toContain(`process ${holder.child.pid} (`);
    expect(stderr).toContain('hold-data-dir.ts');
    expect(stderr).toContain('set DATABASE_URL');
    expect(stderr.split('\n')).toHaveLength(1);
  });
});
