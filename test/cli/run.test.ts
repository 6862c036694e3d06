import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { getRun, loadRunEvents, loadTranscript } from '../../src/db/runs.js';
import { PersistentRunHandle } from '../../src/runs/run-handle.js';
import { createScratchDatabase, type ScratchDatabase } from '../../src/db/scratch.js';
import { databaseKinds } from '../db/databases.js';
import { lastJsonLine, runCli } from './cli.js';

const LEAD_CAPTURE_LINES = [
  'My name is Ada Lovelace',
  'ada@example.com',
  'skip',
  'I work at Analytical Engines',
  'around thirty thousand dollars',
  'next Friday',
  'yes',
  'yes',
];

describe.each(databaseKinds())('guidepost run [%s]', (kind) => {
  const scratches: ScratchDatabase[] = [];
  afterAll(async () => {
    for (const s of scratches) await s.drop();
  });

  async function environment(): Promise<{
    env: Record<string, string>;
    open: () => ReturnType<typeof openDatabase>;
  }> {
    const dataDir = await mkdtemp(join(tmpdir(), 'guidepost-run-'));
    if (kind === 'pglite')
      return { env: { GUIDEPOST_DATA_DIR: dataDir }, open: () => openDatabase({ dataDir }) };
    const scratch = await createScratchDatabase(process.env.DATABASE_URL!);
    scratches.push(scratch);
    return {
      env: { DATABASE_URL: scratch.url, GUIDEPOST_DATA_DIR: dataDir },
      open: () => openDatabase({ databaseUrl: scratch.url, dataDir }),
    };
  }

  it('fills lead-capture from a transcript and stores the run, its events and its transcript', async () => {
    const { env, open } = await environment();
    const file = join(await mkdtemp(join(tmpdir(), 'guidepost-lines-')), 'lines.txt');
    await writeFile(file, `${LEAD_CAPTURE_LINES.join('\n')}\n`);
    const result = await runCli(
      ['run', 'lead-capture', '--transcript', file, '--json', '--reference-date', '2026-03-02'],
      env,
    );
    expect(result.stderr).not.toContain('guidepost:');
    expect(result.code).toBe(0);
    const summary = lastJsonLine(result.stdout);
    expect(summary).toMatchObject({
      status: 'completed',
      values: {
        full_name: 'Ada Lovelace',
        email: 'ada@example.com',
        company: 'Analytical Engines',
        budget: '20k-50k',
        timeline: '2026-03-13',
        consent: true,
      },
    });
    expect(result.stdout).toContain('Sam: Hi, I');

    const database = await open();
    try {
      const runId = summary.run_id as string;
      expect(await getRun(database.db, runId)).toMatchObject({ status: 'completed', channel: 'cli' });
      const handle = await PersistentRunHandle.open(database.db, runId);
      expect(handle.state().values).toEqual(summary.values);
      expect(handle.state().provenance.email).toMatchObject({
        source: 'guide',
        utterance: 'ada@example.com',
      });
      const types = (await loadRunEvents(database.db, runId)).map((e) => e.event.type);
      expect(types[0]).toBe('wizard_start');
      expect(types.at(-1)).toBe('wizard_complete');
      const transcript = await loadTranscript(database.db, runId);
      expect(transcript.filter((t) => t.role === 'user').map((t) => t.text)).toEqual(LEAD_CAPTURE_LINES);
    } finally {
      await database.close();
    }
  });

  it('talks through standard input and keeps an unfinished run in progress', async () => {
    const { env } = await environment();
    const result = await runCli(
      ['run', 'create-a-sidekick', '--json'],
      env,
      'I think I will name it Herman\n',
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Farah Qubit: ');
    expect(lastJsonLine(result.stdout)).toMatchObject({
      status: 'active',
      values: { name: 'Herman', slug: 'herman' },
    });
    expect(result.stderr).toContain('the run is still in progress');
  });
});
