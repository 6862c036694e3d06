import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { getBySlug } from '../../src/db/wizards.js';
import { Runtime } from '../../src/runtime/runtime.js';
import { startCli } from '../cli/cli.js';
import { signUp, type TestAccount } from '../server/auth-helpers.js';
import { LEAD_CAPTURE_LINES } from '../server/runs-helpers.js';
import { createEndpoint, Receiver, waitFor } from '../server/webhooks-helpers.js';
import { CHANNEL_ENV, startServer, watchRun, type ListeningServer } from './channel-helpers.js';

const QUIET = { error: () => undefined, warn: () => undefined, info: () => undefined };

describe('guidepost run on its own PGlite directory', () => {
  const receiver = new Receiver();
  beforeAll(() => receiver.start());
  afterAll(() => receiver.stop());

  it('delivers the run.completed webhook of the run it filled', async () => {
    const env = { ...CHANNEL_ENV, GUIDEPOST_DATA_DIR: await mkdtemp(join(tmpdir(), 'guidepost-cli-')) };
    // Subscribe through the webhook service, then close: one process per PGlite directory.
    const runtime = await Runtime.open({ config: loadConfig(env), log: QUIET });
    const wizard = (await getBySlug(runtime.database.db, 'lead-capture', 'default'))!;
    const endpoint = await runtime.webhooks.createEndpoint('default', wizard.id, {
      url: receiver.url('/pglite'),
      events: ['run.completed'],
    });
    await runtime.close();
    receiver.script('/pglite', [{ status: 204 }], endpoint.secret);

    const cli = startCli(['run', 'lead-capture', '--json', '--reference-date', '2026-03-02'], env);
    for (const line of LEAD_CAPTURE_LINES) cli.writeLine(line);
    cli.endInput();
    const result = await cli.exited;
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('webhooks: 1 delivered');
    const [delivery] = receiver.at('/pglite');
    expect(delivery?.verified).toBe(true);
    expect(delivery?.json.type).toBe('run.completed');
    expect(delivery?.json.data).toMatchObject({ channel: 'cli', values: { email: 'ada@example.com' } });
  });
});

describe.skipIf(!process.env.DATABASE_URL)('guidepost run beside a server on PostgreSQL', () => {
  const receiver = new Receiver();
  let server: ListeningServer;
  let admin: TestAccount;
  let wizardId: string;
  beforeAll(async () => {
    await receiver.start();
    server = await startServer();
    admin = await signUp(server.app, 'root@example.com');
    wizardId = (await getBySlug(server.app.database.db, 'lead-capture', 'default'))!.id;
  });
  afterAll(async () => {
    await server?.close();
    await receiver.stop();
  });

  it('shows the run live in the server, transcript included, and delivers its webhook once', async () => {
    const endpoint = await createEndpoint(server.app, admin, wizardId, {
      url: receiver.url('/postgres'),
      events: ['run.completed'],
    });
    receiver.script('/postgres', [{ status: 204 }], endpoint.secret);
    const cli = startCli(['run', 'lead-capture', '--json', '--reference-date', '2026-03-02'], server.env);
    const [, runId] = await cli.waitForStderr(/run ([0-9a-f-]{36}) of/);
    const watcher = await watchRun(server, runId!, admin.token, { after_seq: 0, after_transcript_seq: 0 });

    // Each line the CLI's guide handles reaches the server's live stream while the CLI is still running.
    cli.writeLine(LEAD_CAPTURE_LINES[0]!);
    await watcher.waitFor((m) => m.event?.type === 'wizard_field_update' && m.event.field === 'full_name');
    await watcher.waitFor((m) => m.entry?.role === 'user' && m.entry.text === LEAD_CAPTURE_LINES[0]);
    for (const line of LEAD_CAPTURE_LINES.slice(1)) cli.writeLine(line);
    await watcher.waitFor((m) => m.event?.type === 'wizard_complete');
    cli.endInput();
    const result = await cli.exited;
    watcher.close();
    expect(result.code, result.stderr).toBe(0);

    await waitFor(() => receiver.at('/postgres').length > 0, 15_000, 'the delivery');
    // Both processes run delivery workers: the queue hands the job to one of them, once.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(receiver.at('/postgres')).toHaveLength(1);
    expect(receiver.at('/postgres')[0]!.verified).toBe(true);
    expect(receiver.at('/postgres')[0]!.json.data).toMatchObject({ run_id: runId, channel: 'cli' });
  });
});
