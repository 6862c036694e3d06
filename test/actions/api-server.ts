import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const CITIES: Record<string, Array<{ code: string; name: string }>> = {
  fr: [
    { code: 'par', name: 'Paris' },
    { code: 'lyo', name: 'Lyon' },
  ],
  de: [{ code: 'ber', name: 'Berlin' }],
};

/** A request the test API got. */
export interface SeenRequest {
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A real HTTP API on 127.0.0.1 for `api_call` tests. Paths:
 * - `/echo…` answers 200 JSON `{ method, path, query, body }` (body parsed when JSON);
 * - `/status/<code>` answers that code with JSON `{ error }` quoting the request's Authorization header;
 * - `/slow` answers after 2 s (or `?ms=`); `/text` answers text; `/empty` answers 204;
 * - `/big` streams 2 MiB of JSON without a length; `/big-declared` declares 2 MiB up front;
 * - `/redirect?to=<url>` answers 302 to `to`; `/loop` redirects to itself;
 * - `/cities?country=fr|de` answers 200 JSON `{ cities: [{ code, name }] }`;
 * - `/flaky` answers 500 on every odd request to it and 200 `{ ok: true }` on every even one.
 */
export class TestApi {
  readonly seen: SeenRequest[] = [];
  private server: Server | undefined;
  port = 0;

  /** Starts listening on a free port of 127.0.0.1. */
  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (c: Buffer) => chunks.push(c));
      request.on('end', () => {
        const url = new URL(request.url ?? '/', this.origin);
        const body = Buffer.concat(chunks).toString('utf8');
        this.seen.push({ method: request.method ?? '', url, headers: request.headers, body });
        const json = (status: number, value: unknown) =>
          response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
        if (url.pathname.startsWith('/echo'))
          return json(200, {
            method: request.method,
            path: url.pathname,
            query: Object.fromEntries(url.searchParams),
            body: body && request.headers['content-type'] === 'application/json' ? JSON.parse(body) : null,
          });
        const status = url.pathname.match(/^\/status\/(\d{3})$/);
        if (status)
          return json(Number(status[1]), { error: `refused ${request.headers.authorization ?? ''}` });
        if (url.pathname === '/slow')
          return void setTimeout(() => json(200, { late: true }), Number(url.searchParams.get('ms') ?? 2000));
        if (url.pathname === '/text')
          return response.writeHead(200, { 'content-type': 'text/plain' }).end('hi');
        if (url.pathname === '/empty') return response.writeHead(204).end();
        if (url.pathname === '/big') {
          response.writeHead(200, { 'content-type': 'application/json' });
          response.write(`"${'x'.repeat(1024 * 1024)}`);
          return response.end(`${'x'.repeat(1024 * 1024)}"`);
        }
        if (url.pathname === '/big-declared') {
          response.writeHead(200, { 'content-type': 'application/json', 'content-length': 2 * 1024 * 1024 });
          return response.end('"x');
        }
        if (url.pathname === '/redirect')
          return response.writeHead(302, { location: url.searchParams.get('to') ?? '/' }).end();
        if (url.pathname === '/loop') return response.writeHead(302, { location: '/loop' }).end();
        if (url.pathname === '/cities')
          return json(200, { cities: CITIES[url.searchParams.get('country') ?? ''] ?? [] });
        if (url.pathname === '/flaky')
          return this.seen.filter((r) => r.url.pathname === '/flaky').length % 2 === 1
            ? json(500, { error: 'try again' })
            : json(200, { ok: true });
        json(404, { error: 'no such path' });
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** `http://127.0.0.1:<port>`. */
  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Closes the server and every open connection. */
  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}
