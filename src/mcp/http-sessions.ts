import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { isInitializeRequest } from '@modelcontextprotocol/sdk/types.js';
import { DomainError } from '../core/errors.js';
import type { Runtime } from '../runtime/runtime.js';
import { createWizardMcpServer } from './wizard-server.js';

/** Who opened an MCP session: the credential (an API key id) and the tenant it acts in. */
export interface McpSessionOwner {
  credential: string;
  tenantId: string;
}

interface Session {
  owner: McpSessionOwner;
  server: McpServer;
  transport: StreamableHTTPServerTransport;
  lastUsed: number;
}

/** Limits of the session registry. */
export interface McpSessionLimits {
  /** A session unused this long (ms) is closed. Default 30 minutes. */
  idleMs?: number;
  /** At most this many open sessions per process; the least recently used is closed beyond it. Default 1000. */
  max?: number;
}

/**
 * The MCP Streamable HTTP sessions of this process (@modelcontextprotocol/sdk's StreamableHTTPServerTransport
 * in stateful mode). An `initialize` request without a session opens one: a wizard MCP server for the
 * owner's tenant, with a fresh `Mcp-Session-Id`. Later requests name their session and must come from the
 * same credential. Sessions live in memory: behind a load balancer, route a session to one node (the
 * `Mcp-Session-Id` header), as the runs themselves are shared through the database.
 */
export class McpHttpSessions {
  private readonly sessions = new Map<string, Session>();
  private readonly idleMs: number;
  private readonly max: number;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly runtime: Runtime,
    limits: McpSessionLimits = {},
  ) {
    this.idleMs = limits.idleMs ?? 30 * 60_000;
    this.max = limits.max ?? 1000;
    this.timer = setInterval(() => this.closeIdle(), Math.min(this.idleMs, 60_000)).unref();
  }

  /**
   * The session a request names, checked against its owner. Returns null for a request that names none.
   * Throws DomainError `not_found` for an unknown or closed session, or one opened by another credential.
   */
  find(sessionId: string | undefined, owner: McpSessionOwner): Session | null {
    if (sessionId === undefined) return null;
    const session = this.sessions.get(sessionId);
    if (!session || session.owner.credential !== owner.credential)
      throw new DomainError('not_found', `MCP session ${sessionId} was not found: initialize a new one`);
    return session;
  }

  /**
   * Checks a request before it is handed to the transport: one naming a session must name an open one of
   * this owner; one naming none must be an `initialize` POST. Throws DomainError `not_found` or `bad_request`.
   */
  check(method: string, sessionId: string | undefined, body: unknown, owner: McpSessionOwner): void {
    if (this.find(sessionId, owner)) return;
    if (method !== 'POST' || !isInitializeRequest(body))
      throw new DomainError(
        'bad_request',
        'send the Mcp-Session-Id header of your session, or start one with an initialize request',
      );
  }

  /**
   * Answers one HTTP request of the MCP endpoint on `res` (call `check` first): POST messages, GET (the
   * server's event stream) and DELETE (end the session) of an open session, or an `initialize` that opens one.
   */
  async handle(
    req: IncomingMessage,
    res: ServerResponse,
    body: unknown,
    owner: McpSessionOwner,
    sessionId: string | undefined,
  ): Promise<void> {
    const existing = this.find(sessionId, owner);
    if (existing) {
      existing.lastUsed = Date.now();
      await existing.transport.handleRequest(req, res, body);
      return;
    }
    const server = await createWizardMcpServer({
      db: this.runtime.database.db,
      runs: this.runtime.runs,
      tenantId: owner.tenantId,
    });
    const transport: StreamableHTTPServerTransport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (id) => {
        this.sessions.set(id, { owner, server, transport, lastUsed: Date.now() });
        this.evictBeyondMax();
      },
    });
    transport.onclose = () => {
      if (transport.sessionId) this.sessions.delete(transport.sessionId);
    };
    await server.connect(transport);
    await transport.handleRequest(req, res, body);
  }

  /** Open sessions (for readiness and tests). */
  get size(): number {
    return this.sessions.size;
  }

  /** Closes every session and stops the idle sweep. */
  async close(): Promise<void> {
    clearInterval(this.timer);
    await Promise.all([...this.sessions.values()].map((s) => s.server.close().catch(() => undefined)));
    this.sessions.clear();
  }

  private closeIdle(): void {
    const before = Date.now() - this.idleMs;
    for (const [id, session] of this.sessions)
      if (session.lastUsed < before) {
        this.sessions.delete(id);
        void session.server.close().catch(() => undefined);
      }
  }

  private evictBeyondMax(): void {
    while (this.sessions.size > this.max) {
      const [oldestId, oldest] = [...this.sessions].reduce((a, b) => (b[1].lastUsed < a[1].lastUsed ? b : a));
      this.sessions.delete(oldestId);
      void oldest.server.close().catch(() => undefined);
    }
  }
}
