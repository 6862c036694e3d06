import type { FastifyInstance } from 'fastify';
import WebSocket from 'ws';

/** A message of the live stream. */
export interface LiveMessage {
  seq: number;
  event: { type: string; actor: string; [k: string]: unknown };
}

/** A test client of `GET /api/v1/runs/:id/live`: every message it got, and a way to wait for more. */
export interface LiveClient {
  messages: LiveMessage[];
  /** Resolves when the client has received a message with seq >= `seq` (rejects after `ms`). */
  waitForSeq(seq: number, ms?: number): Promise<void>;
  close(): Promise<void>;
}

/** The base URL of a listening app (`http://127.0.0.1:port`). */
export function baseUrl(app: FastifyInstance): string {
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('the app is not listening on TCP');
  return `http://127.0.0.1:${address.port}`;
}

/**
 * Connects to a run's live stream on a listening app or a base URL (`http://127.0.0.1:port`); resolves once
 * open, rejects with the HTTP status when refused.
 */
export function connectLive(
  app: FastifyInstance | string,
  runId: string,
  query: Record<string, string | number>,
): Promise<LiveClient> {
  const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
  const socket = new WebSocket(
    `${(typeof app === 'string' ? app : baseUrl(app)).replace('http', 'ws')}/api/v1/runs/${runId}/live?${qs}`,
  );
  const messages: LiveMessage[] = [];
  const waiters = new Set<() => void>();
  socket.on('message', (data) => {
    messages.push(JSON.parse(String(data)) as LiveMessage);
    for (const w of [...waiters]) w();
  });
  const client: LiveClient = {
    messages,
    waitForSeq(seq, ms = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (messages.some((m) => m.seq >= seq)) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve();
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(`no message with seq >= ${seq} within ${ms} ms (got ${messages.map((m) => m.seq)})`),
          );
        }, ms);
        waiters.add(check);
        check();
      });
    },
    close() {
      return new Promise((resolve) => {
        if (socket.readyState === WebSocket.CLOSED) return resolve();
        socket.once('close', () => resolve());
        socket.close();
      });
    },
  };
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(client));
    socket.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    socket.once('error', reject);
  });
}

/** The seqs of a client's messages. */
export function seqs(client: LiveClient): number[] {
  return client.messages.map((m) => m.seq);
}

/** 1..n */
export function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
