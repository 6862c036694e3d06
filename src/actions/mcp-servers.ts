import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import { DomainError, notFoundError, type InvalidParam } from '../core/errors.js';
import type { Db } from '../db/client.js';
import type { SecretBox } from '../db/secrets.js';
import * as repo from '../db/tenant-mcp-servers.js';
import { assertPublicHost } from '../webhooks/ssrf.js';
import { ActionError } from './executor.js';
import type { McpClients } from './mcp-clients.js';

/**
 * The MCP servers a tenant's `mcp_call` actions may use: the operator's (GUIDEPOST_MCP_SERVERS, stdio or http,
 * read-only for tenants) and the tenant's own remote servers (Streamable HTTP URL + headers) that its admins
 * add, change and delete. Everything is scoped to the caller's tenant; headers are sealed before they are
 * stored and never come back out (a view lists their names only); URLs must be http(s) on a public address
 * unless the operator allows private ones (GUIDEPOST_ACTIONS_ALLOW_PRIVATE). A tenant can never define a
 * stdio server: that would run a command on the host.
 */

/** A server as the API shows it. `url` and `headerNames` only for the tenant's own servers. */
export interface McpServerView {
  id: string;
  name: string;
  /** `operator`: from the server configuration, read-only; `tenant`: added by the tenant's admins. */
  owner: 'operator' | 'tenant';
  transport: 'stdio' | 'http' | 'in_process';
  url: string | null;
  headerNames: string[];
  timeoutMs: number | null;
  updatedAt: Date | null;
}

/** A new remote server. `headers` are sent with every request (e.g. Authorization); write-only. */
export interface McpServerInput {
  name: string;
  url: string;
  headers?: Record<string, string>;
  /** Deadline of connecting, listing tools and each tool call, in ms (default 10 000). */
  timeoutMs?: number;
}

/** Changes to a remote server; `headers` replace the stored ones when given (`{}` removes them). */
export type McpServerPatch = Partial<McpServerInput>;

export interface McpServerServiceDeps {
  db: Db;
  /** Seals the headers (purpose `mcp-server`, see MCP_SERVER_SECRET_PURPOSE). */
  secrets: SecretBox;
  /** Allow URLs on private, loopback and link-local addresses (GUIDEPOST_ACTIONS_ALLOW_PRIVATE). */
  allowPrivate: boolean;
  /** The clients that connect to the servers (tool lists; connections closed after a change). */
  clients: McpClients;
}

/** The MCP server logic (see the module comment); routes validate, call it and map views to JSON. */
export class McpServerService {
  constructor(private readonly deps: McpServerServiceDeps) {}

  /** The operator's servers, then the tenant's by name. */
  async list(tenantId: string): Promise<McpServerView[]> {
    const operator = this.deps.clients.list().map((s): McpServerView => ({
      ...s,
      owner: 'operator',
      url: null,
      headerNames: [],
      timeoutMs: null,
      updatedAt: null,
    }));
    const own = (await repo.listTenantMcpServers(this.deps.db, tenantId)).map(toView);
    return [...operator, ...own];
  }

  /** One of the tenant's servers. Throws `not_found` (also for another tenant's and the operator's). */
  async get(tenantId: string, id: string): Promise<McpServerView> {
    const row = await repo.getTenantMcpServer(this.deps.db, tenantId, id);
    if (!row) throw notFoundError(`MCP server ${id}`);
    return toView(row);
  }

  /** Adds a remote server. Throws `bad_request` for a refused URL. */
  async create(tenantId: string, input: McpServerInput): Promise<McpServerView> {
    this.checkUrl(input.url);
    const row = await repo.insertTenantMcpServer(this.deps.db, {
      tenantId,
      name: input.name,
      url: input.url,
      ...this.sealed(input.headers ?? {}),
      ...(input.timeoutMs !== undefined ? { timeoutMs: input.timeoutMs } : {}),
    });
    return toView(row);
  }

  /**
   * Changes a remote server (headers kept unless given) and closes its open connection. Throws `forbidden`
   * for an operator server, `not_found`, or `bad_request` for a refused URL.
   */
  async update(tenantId: string, id: string, patch: McpServerPatch): Promise<McpServerView> {
    this.refuseOperator(id);
    if (patch.url !== undefined) this.checkUrl(patch.url);
    const row = await repo.updateTenantMcpServer(this.deps.db, tenantId, id, {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.url !== undefined ? { url: patch.url } : {}),
      ...(patch.headers !== undefined ? this.sealed(patch.headers) : {}),
      ...(patch.timeoutMs !== undefined ? { timeoutMs: patch.timeoutMs } : {}),
    });
    if (!row) throw notFoundError(`MCP server ${id}`);
    await this.deps.clients.forget(tenantId, id);
    return toView(row);
  }

  /** Deletes a remote server and closes its connection. Throws `forbidden` (operator server) or `not_found`. */
  async delete(tenantId: string, id: string): Promise<void> {
    this.refuseOperator(id);
    if (!(await repo.deleteTenantMcpServer(this.deps.db, tenantId, id)))
      throw notFoundError(`MCP server ${id}`);
    await this.deps.clients.forget(tenantId, id);
  }

  /**
   * The tools of an operator or tenant server with their input schemas. Throws `not_found`, or `invalid` with
   * the reason when the server cannot be reached (refused address, no answer, not an MCP server).
   */
  async tools(tenantId: string, id: string): Promise<Tool[]> {
    try {
      return await this.deps.clients.tools(id, tenantId);
    } catch (error) {
      if (ActionError.isInstance(error)) throw new DomainError('invalid', error.message);
      throw error;
    }
  }

  private refuseOperator(id: string): void {
    if (this.deps.clients.isOperatorServer(id))
      throw new DomainError(
        'forbidden',
        `MCP server ${id} is defined by the operator (GUIDEPOST_MCP_SERVERS) and cannot be changed here`,
      );
  }

  private sealed(headers: Record<string, string>) {
    const names = Object.keys(headers);
    return {
      headersSealed: names.length > 0 ? this.deps.secrets.seal(JSON.stringify(headers)) : null,
      headerNames: names,
    };
  }

  /** Throws `bad_request` unless `url` is http(s) without credentials or fragment and (unless allowed) public. */
  private checkUrl(url: string): void {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw invalid({ name: 'body.url', reason: 'is not a valid URL' });
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
      throw invalid({ name: 'body.url', reason: 'must be an http or https URL' });
    if (parsed.username || parsed.password)
      throw invalid({ name: 'body.url', reason: 'must not contain credentials (send them as headers)' });
    if (parsed.hash) throw invalid({ name: 'body.url', reason: 'must not contain a fragment' });
    if (this.deps.allowPrivate) return;
    try {
      assertPublicHost(parsed);
    } catch {
      throw invalid({
        name: 'body.url',
        reason: `${parsed.hostname} is a private, loopback or reserved address (refused unless GUIDEPOST_ACTIONS_ALLOW_PRIVATE=true)`,
      });
    }
  }
}

function toView(row: repo.TenantMcpServerRecord): McpServerView {
  return {
    id: row.id,
    name: row.name,
    owner: 'tenant',
    transport: 'http',
    url: row.url,
    headerNames: row.headerNames,
    timeoutMs: row.timeoutMs,
    updatedAt: row.updatedAt,
  };
}

function invalid(problem: InvalidParam): DomainError {
  return new DomainError('bad_request', `${problem.name} ${problem.reason}`, { invalidParams: [problem] });
}
