import { z } from 'zod';
import { API_AUTH_TYPES, type ApiAuthType } from '../../../src/core/actions/api-auth';
import { api } from '../api/http';

/*
 * The tenant's connections for actions: API configurations (`/api/v1/api-configs`), MCP servers
 * (`/api/v1/mcp/servers`, the operator's and the tenant's remote ones) with their tools, and the test run of
 * one action (`POST /api/v1/wizards/:id/actions/:actionId/test`). Admins only. Every answer is checked with
 * zod; every function throws ApiProblem for a refusal (400 with `invalid_params` naming the field).
 */

const ApiConfigSchema = z.object({
  id: z.string(),
  name: z.string(),
  base_url: z.string(),
  auth_type: z.enum(API_AUTH_TYPES),
  auth_param_name: z.string().nullable(),
  has_credentials: z.boolean(),
  default_headers: z.record(z.string(), z.string()),
  timeout_ms: z.number(),
  created_at: z.string(),
  updated_at: z.string(),
});
/** An API configuration: never its credentials, only whether some are set. */
export type ApiConfig = z.infer<typeof ApiConfigSchema>;

/** What the API configuration form sends; `credentials` only when typed (they are write-only). */
export interface ApiConfigBody {
  name: string;
  base_url: string;
  auth_type: ApiAuthType;
  auth_param_name?: string | null;
  credentials?: string;
  default_headers: Record<string, string>;
  timeout_ms: number;
}

export const API_CONFIGS_KEY = ['connections', 'api-configs'] as const;
export const MCP_SERVERS_KEY = ['connections', 'mcp-servers'] as const;

/** The tenant's API configurations by name. */
export async function listApiConfigs(): Promise<ApiConfig[]> {
  return z.object({ items: z.array(ApiConfigSchema) }).parse(await api('/api/v1/api-configs')).items;
}

/** Creates (no `id`) or changes an API configuration. */
export async function saveApiConfig(body: ApiConfigBody, id?: string): Promise<ApiConfig> {
  const path = id ? `/api/v1/api-configs/${encodeURIComponent(id)}` : '/api/v1/api-configs';
  return ApiConfigSchema.parse(await api(path, { method: id ? 'PATCH' : 'POST', body }));
}

/** Deletes an API configuration. */
export async function deleteApiConfig(id: string): Promise<void> {
  await api(`/api/v1/api-configs/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

const McpServerSchema = z.object({
  id: z.string(),
  name: z.string(),
  owner: z.enum(['operator', 'tenant']),
  transport: z.enum(['stdio', 'http', 'in_process']),
  url: z.string().nullable(),
  header_names: z.array(z.string()),
  timeout_ms: z.number().nullable(),
  updated_at: z.string().nullable(),
});
/** An MCP server: the operator's (read-only) or the tenant's remote one (header values never shown). */
export type McpServer = z.infer<typeof McpServerSchema>;

/** What the MCP server form sends; `headers` only when typed (they replace the stored ones). */
export interface McpServerBody {
  name: string;
  url: string;
  headers?: Record<string, string>;
  timeout_ms: number;
}

/** The operator's servers, then the tenant's. */
export async function listMcpServers(): Promise<McpServer[]> {
  return z.object({ items: z.array(McpServerSchema) }).parse(await api('/api/v1/mcp/servers')).items;
}

/** Adds (no `id`) or changes a remote MCP server. */
export async function saveMcpServer(body: McpServerBody, id?: string): Promise<McpServer> {
  const path = id ? `/api/v1/mcp/servers/${encodeURIComponent(id)}` : '/api/v1/mcp/servers';
  return McpServerSchema.parse(await api(path, { method: id ? 'PATCH' : 'POST', body }));
}

/** Deletes a remote MCP server. */
export async function deleteMcpServer(id: string): Promise<void> {
  await api(`/api/v1/mcp/servers/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

const McpToolSchema = z.object({
  name: z.string(),
  description: z.string().optional(),
  input_schema: z.unknown(),
});
/** A tool of an MCP server with its JSON Schema of arguments. */
export type McpTool = z.infer<typeof McpToolSchema>;

/** A server's tools; 422 with the reason when it cannot be reached. */
export async function listMcpTools(serverId: string): Promise<McpTool[]> {
  return z
    .object({ items: z.array(McpToolSchema) })
    .parse(await api(`/api/v1/mcp/servers/${encodeURIComponent(serverId)}/tools`)).items;
}

const ActionTestSchema = z.object({
  status: z.enum(['succeeded', 'failed']),
  input: z.unknown(),
  output: z.unknown(),
  error: z.string().nullable(),
  would_apply: z.unknown(),
  duration_ms: z.number(),
  log_id: z.string(),
});
/** The result of a test run of one action: its input, output or error, what it would change, its log id. */
export type ActionTestResult = z.infer<typeof ActionTestSchema>;

/** Runs one action of the wizard's saved draft on sample values (no run is touched). */
export async function testAction(
  wizardId: string,
  actionId: string,
  sample: { values: Record<string, unknown>; event?: Record<string, unknown>; event_id: string },
): Promise<ActionTestResult> {
  const path = `/api/v1/wizards/${encodeURIComponent(wizardId)}/actions/${encodeURIComponent(actionId)}/test`;
  return ActionTestSchema.parse(await api(path, { body: sample }));
}
