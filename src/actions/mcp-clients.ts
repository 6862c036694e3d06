import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import type { McpServerConfig } from '../core/actions/mcp-servers.js';
import { DomainError } from '../core/errors.js';
import { ActionError } from './executor.js';

/** An operator MCP server as the API lists it (never its command, env or headers). */
export interface McpServerSummary {
  id: string;
  name: string;
  transport: McpServerConfig['transport'] | 'in_process';
}

/**
 * A server Guidepost runs inside its own process (e.g. `guidepost`, whose tools create sidekicks), reached
 * through the SDK's in-memory transport. Only these servers receive the calling run's tenant and run id, as
 * the request's `_meta` (IN_PROCESS_META_*): an operator's external server never sees them.
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

type KnownServer = McpServerConfig | (InProcessMcpServer & { transport: 'in_process'; timeout_ms: number });

const IN_PROCESS_TIMEOUT_MS = 10_000;

/**
 * Clients of the operator's MCP servers (GUIDEPOST_MCP_SERVERS), one connection per server opened on first
 * use (@modelcontextprotocol/sdk: stdio spawns the command; http speaks Streamable HTTP) and reopened after
 * a failure, plus Guidepost's own in-process servers (see InProcessMcpServer). `close` ends them (and stops
 * stdio servers).
 */
export class McpClients {
  private readonly clients = new Map<string, Promise<Client>>();
  private readonly servers: readonly KnownServer[];

  constructor(operatorServers: readonly McpServerConfig[], inProcess: readonly InProcessMcpServer[] = []) {
    this.servers = [
      ...inProcess.map((s) => ({
        ...s,
        transport: 'in_process' as const,
        timeout_ms: IN_PROCESS_TIMEOUT_MS,
      })),
      ...operatorServers.filter((s) => !inProcess.some((own) => own.id === s.id)),
    ];
  }

  /** The servers tenants may pick from (Guidepost's own first). */
  list(): McpServerSummary[] {
    return this.servers.map(({ id, name, transport }) => ({ id, name, transport }));
  }

  /** A server's tools with their input schemas. Throws DomainError `not_found`, ActionError when unreachable. */
  async tools(serverId: string): Promise<Tool[]> {
    const server = this.server(serverId);
    const client = await this.client(server);
    return (await this.guard(server, client.listTools(undefined, { timeout: server.timeout_ms }))).tools;
  }

  /**
   * Calls `tool` with `args` within the server's timeout. Resolves to the result's structured content when it
   * has one, else its text (parsed as JSON when it is JSON), else its content list. Throws ActionError when the
   * server cannot be reached, times out (retryable), or answers a tool error. An in-process server also gets
   * `origin` as the request's `_meta`.
   */
  async call(
    serverId: string,
    tool: string,
    args: Record<string, unknown>,
    origin?: McpCallOrigin,
  ): Promise<unknown> {
    const server = this.server(serverId);
    const client = await this.client(server);
    const meta =
      server.transport === 'in_process' && origin
        ? {
            _meta: {
              [IN_PROCESS_META_TENANT]: origin.tenantId,
              ...(origin.runId ? { [IN_PROCESS_META_RUN]: origin.runId } : {}),
            },
          }
        : {};
    const result = (await this.guard(
      server,
      client.callTool({ name: tool, arguments: args, ...meta }, undefined, { timeout: server.timeout_ms }),
    )) as CallToolResult;
    const text = result.content
      .filter((c): c is { type: 'text'; text: string } => c.type === 'text')
      .map((c) => c.text)
      .join('\n');
    if (result.isError)
      throw new ActionError(
        // Guidepost's own tools word their errors for the people filling the run.
        server.transport === 'in_process' ? text : `the MCP tool ${tool} failed: ${text || 'no details'}`,
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

  /** Closes every open connection. */
  async close(): Promise<void> {
    const open = [...this.clients.values()];
    this.clients.clear();
    await Promise.all(open.map(async (c) => (await c.catch(() => null))?.close().catch(() => undefined)));
  }

  private server(serverId: string): KnownServer {
    const server = this.servers.find((s) => s.id === serverId);
    if (!server) throw new DomainError('not_found', `MCP server ${serverId} was not found`);
    return server;
  }

  private client(server: KnownServer): Promise<Client> {
    const open = this.clients.get(server.id);
    if (open) return open;
    const connecting = (async () => {
      const client = new Client({ name: 'guidepost-actions', version: '1' });
      if (server.transport === 'in_process') {
        const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
        await server.create().connect(serverSide);
        client.onclose = () => this.clients.delete(server.id);
        await client.connect(clientSide, { timeout: server.timeout_ms });
        return client;
      }
      const transport =
        server.transport === 'stdio'
          ? new StdioClientTransport({
              command: server.command,
              args: server.args,
              env: server.env,
              stderr: 'ignore',
            })
          : new StreamableHTTPClientTransport(new URL(server.url), {
              requestInit: { headers: server.headers },
            });
      client.onclose = () => this.clients.delete(server.id);
      await client.connect(transport, { timeout: server.timeout_ms });
      return client;
    })();
    this.clients.set(server.id, connecting);
    connecting.catch(() => this.clients.delete(server.id));
    return this.guard(server, connecting);
  }

  /** Turns the SDK's failures into ActionErrors naming the server (timeouts and lost connections retryable). */
  private async guard<T>(server: KnownServer, work: Promise<T>): Promise<T> {
    try {
      return await work;
    } catch (error) {
      if (ActionError.isInstance(error) || DomainError.isInstance(error)) throw error;
      this.clients.delete(server.id);
      throw new ActionError(
        `the MCP server "${server.name}" did not answer: ${(error as Error).message}`,
        true,
        {
          cause: error,
        },
      );
    }
  }
}
