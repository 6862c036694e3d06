import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchDatabase, type ScratchDatabase } from '../../src/db/scratch.js';
import { databaseKinds } from '../db/databases.js';
import { Receiver, waitFor } from './webhooks-helpers.js';

const BIN = fileURLToPath(new URL('../../bin/guidepost.mjs', import.meta.url));

/** A `guidepost serve` child process and the address it listens on. */
interface Server {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** Starts `guidepost serve` on a free port with `env` and resolves once it listens. */
function serve(env: Record<string, string>): Promise<Server> {
  const base = { ...process.env };
  delete base.DATABASE_URL;
  const child = spawn(process.execPath, [BIN, 'serve'], { env: { ...base, ...env }, stdio: 'pipe' });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${output}`)), 60_000);
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    child.stdout!.on('data', (d: Buffer) => {
      output += d.toString();
      const match = output.match(/Guidepost is listening on (http:\/\/[\d.:]+)/);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]!, output: () => output });
      }
    });
    child.on('exit', (code) => reject(new Error(`the server exited (${code}):\n${output}`)));
  });
}

/** Kills the process with SIGKILL (no shutdown code runs) and waits for it to go. */
async function kill(server: Server): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const gone = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGKILL');
  await gone;
}

async function api(
  server: Server,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null };
}

for (const kind of databaseKinds()) {
  describe(`crash safety [${kind}]`, () => {
    let dataDir: string;
    let scratch: ScratchDatabase | undefined;
    let env: Record<string, string>;
    const servers: Server[] = [];
    const receiver = new Receiver();
    beforeAll(async () => {
      dataDir = await mkdtemp(join(tmpdir(), 'guidepost-crash-'));
      if (kind === 'postgres') scratch = await createScratchDatabase(process.env.DATABASE_URL!);
      env = {
        PORT: '0',
        HOST: '127.0.0.1',
        GUIDEPOST_DATA_DIR: dataDir,
        APP_SECRET: 'crash-test-secret-crash-test-secret!',
        GUIDEPOST_WEBHOOK_ALLOW_PRIVATE: 'true',
        GUIDEPOST_WEBHOOK_RETRY_BASE_MS: '4000',
        GUIDEPOST_QUEUE_POLL_SECONDS: '0.5',
        LOG_LEVEL: 'info',
        ...(scratch ? { DATABASE_URL: scratch.url } : {}),
      };
    });
    afterAll(async () => {
      for (const server of servers) await kill(server);
      await receiver.stop();
      await scratch?.drop();
      await rm(dataDir, { recursive: true, force: true });
    });

    it('keeps a run and its pending webhook delivery across a SIGKILL, then delivers it', async () => {
      // The receiver's port is chosen now, but it stays down until after the crash.
      await receiver.start();
      const port = receiver.port;
      await receiver.stop();

      const first = await serve(env);
      servers.push(first);
      const signUp = await api(first, 'POST', '/api/v1/auth/sign-up', {
        email: 'root@example.com',
        password: 'correct horse battery',
        name: 'Root',
      });
      expect(signUp.status, JSON.stringify(signUp.json)).toBe(201);
      const admin = { authorization: `Bearer ${signUp.json.token}` };
      const wizards = await api(first, 'GET', '/api/v1/wizards', undefined, admin);
      const wizardId: string = wizards.json.items.find((w: { slug: string }) => w.slug === 'lead-capture').id;
      const endpoint = await api(
        first,
        'POST',
        `/api/v1/wizards/${wizardId}/webhooks`,
        { url: `http://127.0.0.1:${port}/hook`, events: ['run.step_completed'] },
        admin,
      );
      expect(endpoint.status).toBe(201);

      const started = await api(first, 'POST', '/api/v1/runs', { slug: 'lead-capture', channel: 'form' });
      expect(started.status, JSON.stringify(started.json)).toBe(201);
      const runId: string = started.json.run.id;
      const runHeaders = { 'x-run-token': started.json.run_token as string };
      const set = await api(
        first,
        'PATCH',
        `/api/v1/runs/${runId}/values`,
        { values: { full_name: 'Ada Lovelace', email: 'ada@example.com' } },
        runHeaders,
      );
      expect(set.status, JSON.stringify(set.json)).toBe(200);
      const next = await api(first, 'POST', `/api/v1/runs/${runId}/navigate`, { action: 'next' }, runHeaders);
      expect(next.status, JSON.stringify(next.json)).toBe(200);
      const before = (await api(first, 'GET', `/api/v1/runs/${runId}`, undefined, runHeaders)).json;
      const deliveriesPath = `/api/v1/wizards/${wizardId}/webhooks/deliveries`;
      const [pending] = await waitFor(async () => {
        const items = (await api(first, 'GET', deliveriesPath, undefined, admin)).json.items;
        return items[0]?.attempt_count >= 1 && items;
      }, 20_000);
      expect(pending).toMatchObject({ status: 'pending', event_type: 'run.step_completed', run_id: runId });
      expect(pending.attempts[0].error).toMatch(/ECONNREFUSED/);

      await kill(first);
      receiver.script('/hook', [{ status: 200 }]);
      await receiver.start(port);

      const second = await serve(env);
      servers.push(second);
      const after = (await api(second, 'GET', `/api/v1/runs/${runId}`, undefined, runHeaders)).json;
      expect(after.run).toMatchObject({ status: 'active', current_step_id: 'company' });
      expect(after.values).toEqual(before.values);
      expect(before.last_seq).toBeGreaterThanOrEqual(3);
      expect(after.last_seq).toBe(before.last_seq);
      expect(after.snapshot).toEqual(before.snapshot);

      const [delivered] = await waitFor(async () => {
        const items = (await api(second, 'GET', deliveriesPath, undefined, admin)).json.items;
        return items[0]?.status === 'succeeded' && items;
      }, 30_000);
      expect(delivered.id).toBe(pending.id);
      expect(delivered.attempts.at(-1)).toMatchObject({ status_code: 200, outcome: 'success' });
      const got = receiver.at('/hook');
      expect(got).toHaveLength(1);
      expect(got[0]!.headers['webhook-id']).toBe(pending.id);
      expect(got[0]!.json).toMatchObject({
        type: 'run.step_completed',
        data: { run_id: runId, step_id: 'contact' },
      });
    }, 120_000);
  });
}
