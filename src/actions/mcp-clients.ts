import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import type { McpServerConfig } from '../core/actions/mcp-servers.js';
import { DomainError } from '../core/errors.js';
import type { Db } from '../db/client.js';
import type { SecretBox } from '../db/secrets.js';
import { getTenantMcpServer, type TenantMcpServerRecord } from '../db/tenant-mcp-servers.js';
import { BlockedAddressError } from '../webhooks/ssrf.js';
import { ActionError } from './executor.js';
import { guardedFetch } from './guarded-fetch.js';

/** An operator MCP server as the API lists it (never its command, env or headers). */
export interface McpServerSummary {
  id: string;
  name: string;
  transport: McpServerConfig['transport'] | 'in_process';
}

/**
 * A server Guidepost runs inside its own process (e.g. `guidepost`, whose tools create sidekicks), reached
 * through the SDK's in-memory transport. Only these servers receive the calling run's tenant and run id, as
 * the request's `_meta` (IN_PROCESS_META_*): an operator's or a tenant's external server never sees them.
 */
export interface InProcessMcpServer {
  id: string;
  name: string;
  /** Makes a fresh server (one per connection). */
  create(): McpServer;
}

/** `_meta` key of the tenant a call to an in-process server acts in. */
export const IN_PROCESS_META_TENANT = 'guidepost/tenant_id';
/** `_meta` key of the run a call to an in-process server comes from (absent in a test run of an action). */
export const IN_PROCESS_META_RUN = 'guidepost/run_id';

/** Who an action's call is made for: the run's tenant and the run (null in a test run of one action). */
export interface McpCallOrigin {
  tenantId: string;
  runId: string | null;
}

type InProcessServer = InProcessMcpServer & { transport: 'in_process'; timeout_ms: number };
type KnownServer = McpServerConfig | InProcessServer;

const IN_PROCESS_TIMEOUT_MS = 10_000;

/** Where tenants' remote servers come from: their rows (`tenant_mcp_servers`) and the box that seals headers. */
export interface TenantMcpSource {
  db: Db;
  /** Opens the sealed headers (purpose `mcp-server`). */
  secrets: SecretBox;
}

/** Options of McpClients. */
export interface McpClientsOptions {
  /** Tenants' remote servers; without it only the operator's servers exist. */
  tenants?: TenantMcpSource;
  /**
   * Whether remote servers may be on private, loopback or link-local addresses (GUIDEPOST_ACTIONS_ALLOW_PRIVATE).
   * Applies to tenants' servers; the operator's own http servers are trusted as configured.
   */
  allowPrivate?: boolean;
  /** Guidepost's own servers, listed first; an operator server with the same id is ignored. */
  inProcess?: readonly InProcessMcpServer[];
}

/** A server ready to connect to, with the key its connection is cached under. */
interface Resolved {
  key: string;
  config: KnownServer;
  /** Whether connections go through the SSRF guard (tenants' servers unless private addresses are allowed). */
  guarded: boolean;
}

/** The secret box purpose that seals the headers of tenants' MCP servers. */
export const MCP_SERVER_SECRET_PURPOSE = 'mcp-server';

/**
 * Clients of MCP servers for `mcp_call` actions, one connection per server opened on first use
 * (@modelcontextprotocol/sdk: stdio spawns the operator's command; http speaks Streamable HTTP) and reopened
 * after a failure. A server id is the operator's (GUIDEPOST_MCP_SERVERS, every tenant may use it) or one of
 * the calling tenant's remote servers (a row of `tenant_mcp_servers`; another tenant's id is "not found").
 * Tenants' servers are reached through the SSRF guard (guardedFetch: public addresses only, no redirects)
 * and their connections are keyed by tenant, id and last change, so an edited server gets a new one.
 * `close` ends them all (and stops stdio servers).
 */
export class McpClients {
  private readonly clients = new Map<string, Promise<Client>>();

  private readonly servers: readonly KnownServer[];

  constructor(
    operatorServers: readonly McpServerConfig[],
    private readonly options: McpClientsOptions = {},
  ) {
    const inProcess = options.inProcess ?? [];
    this.servers = [
      ...inProcess.map((s) => ({
        ...s,
        transport: 'in_process' as const,
        timeout_ms: IN_PROCESS_TIMEOUT_MS,
      })),
      ...operatorServers.filter((s) => !inProcess.some((own) => own.id === s.id)),
    ];
  }

  /** The servers every tenant may pick from: Guidepost's own, then the operator's. */
  list(): McpServerSummary[] {
    return this.servers.map(({ id, name, transport }) => ({ id, name, transport }));
  }

  /** Whether `id` names one of the servers every tenant shares (Guidepost's own or the operator's). */
  isOperatorServer(id: string): boolean {
    return this.servers.some((s) => s.id === id);
  }

  /**
   * A server's tools with their input schemas. Throws DomainError `not_found` (also for another tenant's
   * server), ActionError when the server cannot be reached.
   */
  async tools(serverId: string, tenantId: string): Promise<Tool[]> {
    const server = await this.resolve(serverId, tenantId);
    const client = await this.client(server);
    const timeout = server.config.timeout_ms;
    return (await this.guard(server, client.listTools(undefined, { timeout }))).tools;
  }

  /**
   * Calls `tool` with `args` within the server's timeout. Resolves to the result's structured content when it
   * has one, else its text (parsed as JSON when it is JSON), else its content list. Throws DomainError
   * `not_found` for an unknown server, ActionError when the server cannot be reached, times out (retryable),
   * or answers a tool error. An in-process server also gets `origin` as the request's `_meta`.
   */
  async call(
    serverId: string,
    tool: string,
    args: Record<string, unknown>,
    origin: McpCallOrigin,
  ): Promise<unknown> {
    const server = await this.resolve(serverId, origin.tenantId);
    const client = await this.client(server);
    const inProcess = server.config.transport === 'in_process';
    const meta = inProcess
      ? {
          _meta: {
            [IN_PROCESS_META_TENANT]: origin.tenantId,
            ...(origin.runId ? { [IN_PROCESS_META_RUN]: origin.runId } : {}),
          },
        }
      : {};
    const result = (await this.guard(
      server,
      client.callTool({ name: tool, arguments: args, ...meta }, undefined, {
        timeout: server.config.timeout_ms,
      }),
    )) as CallToolResult;
    const text = result.content
      .filter((c): c is { type: 'text'; text: string } => c.type === 'text')
      .map((c) => c.text)
      .join('\n');
    if (result.isError)
      throw new ActionError(
        // Guidepost's own tools word their errors for the people filling the run.
        inProcess ? text : `the MCP tool ${tool} failed: ${text || 'no details'}`,
      );
    if (result.structuredContent) return result.structuredContent;
    if (text && result.content.every((c) => c.type === 'text')) {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return text;
      }
    }
    return result.content;
  }

  /** Closes the connections to one tenant server (after it changed or was deleted). */
  async forget(tenantId: string, serverId: string): Promise<void> {
    const prefix = `tenant:${tenantId}:${serverId}:`;
    await this.closeWhere((key) => key.startsWith(prefix));
  }

  /** Closes every open connection. */
  async close(): Promise<void> {
    await this.closeWhere(() => true);
  }

  private async closeWhere(test: (key: string) => boolean): Promise<void> {
    const open = [...this.clients.entries()].filter(([key]) => test(key));
    for (const [key] of open) this.clients.delete(key);
    await Promise.all(open.map(async ([, c]) => (await c.catch(() => null))?.close().catch(() => undefined)));
  }

  private async resolve(serverId: string, tenantId: string): Promise<Resolved> {
    const operator = this.servers.find((s) => s.id === serverId);
    if (operator) return { key: `shared:${operator.id}`, config: operator, guarded: false };
    const tenants = this.options.tenants;
    const row = tenants ? await getTenantMcpServer(tenants.db, tenantId, serverId) : null;
    if (!row || !tenants) throw new DomainError('not_found', `MCP server ${serverId} was not found`);
    return {
      key: `tenant:${tenantId}:${row.id}:${row.updatedAt.getTime()}`,
      config: tenantConfig(row, tenants.secrets),
      guarded: !this.options.allowPrivate,
    };
  }

  private client(server: Resolved): Promise<Client> {
    const open = this.clients.get(server.key);
    if (open) return open;
    const { config } = server;
    const connecting = (async () => {
      const client = new Client({ name: 'guidepost-actions', version: '1' });
      client.onclose = () => this.clients.delete(server.key);
      if (config.transport === 'in_process') {
        const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
        await config.create().connect(serverSide);
        await client.connect(clientSide, { timeout: config.timeout_ms });
        return client;
      }
      const transport =
        config.transport === 'stdio'
          ? new StdioClientTransport({
              command: config.command,
              args: config.args,
              env: config.env,
              stderr: 'ignore',
            })
          : new StreamableHTTPClientTransport(new URL(config.url), {
              requestInit: { headers: config.headers },
              ...(server.guarded ? { fetch: guardedFetch(false) } : {}),
            });
      await client.connect(transport, { timeout: config.timeout_ms });
      return client;
    })();
    this.clients.set(server.key, connecting);
    connecting.catch(() => this.clients.delete(server.key));
    return this.guard(server, connecting);
  }

  /** Turns the SDK's failures into ActionErrors naming the server (timeouts and lost connections retryable). */
  private async guard<T>(server: Resolved, work: Promise<T>): Promise<T> {
    try {
      return await work;
    } catch (error) {
      if (ActionError.isInstance(error) || DomainError.isInstance(error)) throw error;
      this.clients.delete(server.key);
      const name = server.config.name;
      if (refusedAddress(error))
        throw new ActionError(
          `the MCP server "${name}" is on a private, loopback or reserved address and was refused (set GUIDEPOST_ACTIONS_ALLOW_PRIVATE=true to allow it)`,
          false,
          { cause: error },
        );
      throw new ActionError(`the MCP server "${name}" did not answer: ${(error as Error).message}`, true, {
        cause: error,
      });
    }
  }
}

/** A tenant row as a server configuration, its headers opened. */
function tenantConfig(row: TenantMcpServerRecord, secrets: SecretBox): McpServerConfig {
  return {
    id: row.id,
    name: row.name,
    transport: 'http',
    url: row.url,
    headers: row.headersSealed ? (JSON.parse(secrets.open(row.headersSealed)) as Record<string, string>) : {},
    timeout_ms: row.timeoutMs,
  };
}

/** Whether the SSRF guard refused the connection somewhere in an error's cause chain. */
function refusedAddress(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++)
    if (e instanceof BlockedAddressError || /a private or reserved address/.test(e.message)) return true;
  return false;
}
