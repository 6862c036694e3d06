import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { createServer as createEverything } from '@modelcontextprotocol/server-everything/dist/server/index.js';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * @modelcontextprotocol/server-everything served over Streamable HTTP at `/mcp` on 127.0.0.1 (a free port),
 * one stateful session per client, as a tenant's remote MCP server in tests. `/redirect` answers 302 to
 * `/mcp` (redirects must not be followed). Keeps the headers of every request in `seen`.
 */
export class TestMcpHttpServer {
  readonly seen: IncomingHttpHeaders[] = [];
  private server: Server | undefined;
  private readonly sessions = new Map<string, StreamableHTTPServerTransport>();
  port = 0;

  /** Starts listening on a free port of 127.0.0.1. */
  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      this.seen.push(request.headers);
      if (request.url === '/redirect') return response.writeHead(302, { location: '/mcp' }).end();
      if (request.url !== '/mcp') return response.writeHead(404).end();
      const sessionId = request.headers['mcp-session-id'];
      const open = typeof sessionId === 'string' ? this.sessions.get(sessionId) : undefined;
      if (open) return void open.handleRequest(request, response);
      if (sessionId) return response.writeHead(404).end();
      const { server } = createEverything();
      const transport = new StreamableHTTPServerTransport({
        sessionIdGenerator: () => randomUUID(),
        onsessioninitialized: (id) => void this.sessions.set(id, transport),
      });
      transport.onclose = () => {
        if (transport.sessionId) this.sessions.delete(transport.sessionId);
      };
      void server.connect(transport).then(() => transport.handleRequest(request, response));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** The Streamable HTTP endpoint. */
  get url(): string {
    return `http://127.0.0.1:${this.port}/mcp`;
  }

  /** Stops listening and ends every session. */
  async close(): Promise<void> {
    await Promise.all([...this.sessions.values()].map((t) => t.close()));
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
