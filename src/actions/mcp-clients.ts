import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import type { McpServerConfig } from '../core/actions/mcp-servers.js';
import { DomainError } from '../core/errors.js';
import { ActionError } from './executor.js';

/** An operator MCP server as the API lists it (never its command, env or headers). */
export interface McpServerSummary {
  id: string;
  name: string;
  transport: McpServerConfig['transport'];
}

/**
 * Clients of the operator's MCP servers (GUIDEPOST_MCP_SERVERS), one connection per server opened on first
 * use (@modelcontextprotocol/sdk: stdio spawns the command; http speaks Streamable HTTP) and reopened after
 * a failure. `close` ends them (and stops stdio servers).
 */
export class McpClients {
  private readonly clients = new Map<string, Promise<Client>>();

  constructor(private readonly servers: readonly McpServerConfig[]) {}

  /** The servers tenants may pick from. */
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
   * server cannot be reached, times out (retryable), or answers a tool error.
   */
  async call(serverId: string, tool: string, args: Record<string, unknown>): Promise<unknown> {
    const server = this.server(serverId);
    const client = await this.client(server);
    const result = (await this.guard(
      server,
      client.callTool({ name: tool, arguments: args }, undefined, { timeout: server.timeout_ms }),
    )) as CallToolResult;
    const text = result.content
      .filter((c): c is { type: 'text'; text: string } => c.type === 'text')
      .map((c) => c.text)
      .join('\n');
    if (result.isError) throw new ActionError(`the MCP tool ${tool} failed: ${text || 'no details'}`);
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

  private server(serverId: string): McpServerConfig {
    const server = this.servers.find((s) => s.id === serverId);
    if (!server) throw new DomainError('not_found', `MCP server ${serverId} was not found`);
    return server;
  }

  private client(server: McpServerConfig): Promise<Client> {
    const open = this.clients.get(server.id);
    if (open) return open;
    const connecting = (async () => {
      const client = new Client({ name: 'guidepost-actions', version: '1' });
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
  private async guard<T>(server: McpServerConfig, work: Promise<T>): Promise<T> {
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
