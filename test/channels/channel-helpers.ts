import type { FastifyInstance } from 'fastify';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { loadConfig } from '../../src/config/config.js';
import { createScratchDatabase, type ScratchDatabase } from '../../src/db/scratch.js';
import { buildApp } from '../../src/server/app.js';
import { baseUrl } from '../server/live-helpers.js';
import { WEBHOOK_TEST_ENV } from '../server/webhooks-helpers.js';

/** The APP_SECRET every process of a channel test shares (webhook secrets are sealed with it). */
export const SHARED_SECRET = 'channel-test-secret-channel-test-secret';

/** The environment of every process of a channel test: fast webhook retries to 127.0.0.1, one app secret. */
export const CHANNEL_ENV: Record<string, string> = { ...WEBHOOK_TEST_ENV, APP_SECRET: SHARED_SECRET };

/** A Guidepost server listening on 127.0.0.1 on a scratch PostgreSQL database. */
export interface ListeningServer {
  app: FastifyInstance;
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** The environment a CLI process needs to use the same database and secret. */
  env: Record<string, string>;
  close(): Promise<void>;
}

/** Starts a server (buildApp + listen) on a fresh scratch database of the DATABASE_URL server. */
export async function startServer(): Promise<ListeningServer> {
  const scratch: ScratchDatabase = await createScratchDatabase(process.env.DATABASE_URL!);
  const dataDir = await mkdtemp(join(tmpdir(), 'guidepost-channel-'));
  const env = { ...CHANNEL_ENV, DATABASE_URL: scratch.url, GUIDEPOST_DATA_DIR: dataDir };
  const app = await buildApp({ config: loadConfig(env), logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    app,
    url: baseUrl(app),
    env,
    async close() {
      await app.close();
      await scratch.drop();
    },
  };
}

/** One message of a run's live WebSocket: an event (`seq`, `event`) or a transcript line. */
export interface WatchedMessage {
  seq?: number;
  event?: { type: string; actor: string; [k: string]: unknown };
  transcript_seq?: number;
  entry?: { role: string; text: string };
}

/** A run's live WebSocket opened with a bearer token: every message, and a way to wait for one. */
export interface RunWatcher {
  messages: WatchedMessage[];
  waitFor(test: (message: WatchedMessage) => boolean, ms?: number): Promise<WatchedMessage>;
  close(): void;
}

/** Opens `GET /api/v1/runs/:id/live` with `query` and `Authorization: Bearer <token>`. */
export function watchRun(
  server: ListeningServer,
  runId: string,
  token: string,
  query: Record<string, number> = { after_seq: 0 },
): Promise<RunWatcher> {
  const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
  const socket = new WebSocket(`${server.url.replace('http', 'ws')}/api/v1/runs/${runId}/live?${qs}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const messages: WatchedMessage[] = [];
  const waiters = new Set<() => void>();
  socket.on('message', (data) => {
    messages.push(JSON.parse(String(data)) as WatchedMessage);
    for (const waiter of [...waiters]) waiter();
  });
  const watcher: RunWatcher = {
    messages,
    waitFor(test, ms = 30_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = messages.find(test);
          if (!found) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no such live message within ${ms} ms: ${JSON.stringify(messages)}`));
        }, ms);
        waiters.add(check);
        check();
      });
    },
    close: () => socket.close(),
  };
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(watcher));
    socket.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    socket.once('error', reject);
  });
}
