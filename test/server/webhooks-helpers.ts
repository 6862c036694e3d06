import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { Webhook } from 'standardwebhooks';
import type { TestAccount } from './auth-helpers.js';

/** How the receiver answers one request: a status, optional headers and body, after an optional delay (ms). */
export interface Answer {
  status: number;
  delayMs?: number;
  headers?: Record<string, string>;
  body?: string;
}

/** A webhook message as received. */
export interface MessageJson {
  type: string;
  timestamp: string;
  data: Record<string, unknown>;
}

/** An attempt as the deliveries API shows it. */
export interface AttemptJson {
  attempt: number;
  started_at: string;
  duration_ms: number;
  status_code: number | null;
  error: string | null;
  response_excerpt: string | null;
  outcome: string;
}

/** A delivery as the deliveries API shows it. */
export interface DeliveryJson {
  id: string;
  endpoint_id: string;
  run_id: string | null;
  event_type: string;
  status: string;
  attempt_count: number;
  last_status_code: number | null;
  next_attempt_at: string | null;
  payload: Record<string, unknown>;
  attempts: AttemptJson[];
}

/** A request the receiver got, and whether its Standard Webhooks signature verified with the path's secret. */
export interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  json: MessageJson;
  verified: boolean;
  at: number;
}

/**
 * A real HTTP receiver on 127.0.0.1 for webhook tests. Each path has a script of answers (the last one
 * repeats; default 200) and a secret to verify signatures with (Webhook.verify from standardwebhooks).
 */
export class Receiver {
  readonly received: Received[] = [];
  private readonly scripts = new Map<string, Answer[]>();
  private readonly secrets = new Map<string, string>();
  private server: Server | undefined;
  port = 0;

  /** Starts listening on `port` (default: any free port). */
  async start(port = 0): Promise<this> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (c: Buffer) => chunks.push(c));
      request.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const path = request.url ?? '/';
        const secret = this.secrets.get(path);
        let verified = false;
        try {
          if (secret)
            verified = Boolean(new Webhook(secret).verify(body, request.headers as Record<string, string>));
        } catch {
          verified = false;
        }
        this.received.push({
          path,
          headers: request.headers,
          body,
          json: JSON.parse(body),
          verified,
          at: Date.now(),
        });
        const script = this.scripts.get(path) ?? [];
        const answer = (script.length > 1 ? script.shift() : script[0]) ?? { status: 200 };
        setTimeout(() => {
          if (response.destroyed) return;
          response.writeHead(answer.status, answer.headers).end(answer.body ?? 'ok');
        }, answer.delayMs ?? 0);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The URL of `path` on this receiver. */
  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  /** Sets the answers of `path` (in order; the last repeats) and the secret its signatures are checked with. */
  script(path: string, answers: Answer[], secret?: string): void {
    this.scripts.set(path, [...answers]);
    if (secret) this.secrets.set(path, secret);
  }

  /** The requests to `path`. */
  at(path: string): Received[] {
    return this.received.filter((r) => r.path === path);
  }
}

/** Polls `check` every 50 ms until it returns a truthy value (returned) or `timeoutMs` passes (throws). */
export async function waitFor<T>(
  check: () => Promise<T> | T,
  timeoutMs = 10_000,
  what = 'condition',
): Promise<Exclude<T, false | null | undefined | 0 | ''>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as Exclude<T, false | null | undefined | 0 | ''>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Creates an endpoint through the API (throws unless 201); returns its id and secret. */
export async function createEndpoint(
  app: FastifyInstance,
  admin: TestAccount,
  wizardId: string,
  body: Record<string, unknown>,
): Promise<{ id: string; secret: string }> {
  const response = await app.inject({
    method: 'POST',
    url: `/api/v1/wizards/${wizardId}/webhooks`,
    headers: admin.headers,
    payload: body,
  });
  if (response.statusCode !== 201)
    throw new Error(`create endpoint: ${response.statusCode} ${response.body}`);
  return response.json();
}

/** The wizard's deliveries with attempts, through the API. */
export async function deliveries(
  app: FastifyInstance,
  admin: TestAccount,
  wizardId: string,
  query = '',
): Promise<DeliveryJson[]> {
  const response = await app.inject({
    url: `/api/v1/wizards/${wizardId}/webhooks/deliveries${query}`,
    headers: admin.headers,
  });
  if (response.statusCode !== 200) throw new Error(`deliveries: ${response.statusCode} ${response.body}`);
  return response.json().items;
}

/** Sends a test event to an endpoint (throws unless 202); returns the delivery. */
export async function sendTest(
  app: FastifyInstance,
  admin: TestAccount,
  wizardId: string,
  endpointId: string,
): Promise<DeliveryJson> {
  const response = await app.inject({
    method: 'POST',
    url: `/api/v1/wizards/${wizardId}/webhooks/${endpointId}/test`,
    headers: admin.headers,
  });
  if (response.statusCode !== 202) throw new Error(`test event: ${response.statusCode} ${response.body}`);
  return response.json();
}

/** Settings of webhook tests: private receivers allowed, fast retries and timeouts, quick polling. */
export const WEBHOOK_TEST_ENV = {
  GUIDEPOST_WEBHOOK_ALLOW_PRIVATE: 'true',
  GUIDEPOST_WEBHOOK_RETRY_BASE_MS: '100',
  GUIDEPOST_WEBHOOK_TIMEOUT_MS: '400',
  GUIDEPOST_QUEUE_POLL_SECONDS: '0.5',
};
