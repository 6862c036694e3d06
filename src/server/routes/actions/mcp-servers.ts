import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { McpServerView } from '../../../actions/mcp-servers.js';
import { DomainError } from '../../../core/errors.js';
import { principalOf } from '../../auth/principal.js';
import { HeaderName, HeaderValueText } from '../api-configs/schemas.js';

const McpServerSchema = z.object({
  id: z.string(),
  name: z.string(),
  owner: z.enum(['operator', 'tenant']).describe("operator: from the server's configuration, read-only"),
  transport: z
    .enum(['stdio', 'http', 'in_process'])
    .describe("in_process: Guidepost's own tools (e.g. create_sidekick)"),
  url: z.string().nullable().describe("the Streamable HTTP URL of a tenant's server"),
  header_names: z.array(z.string()).describe('names of the stored headers; their values are never returned'),
  timeout_ms: z.number().int().nullable(),
  updated_at: z.string().nullable(),
});

const McpToolSchema = z.object({
  name: z.string(),
  description: z.string().optional(),
  input_schema: z.unknown(),
});

const Headers = z
  .record(HeaderName, HeaderValueText)
  .refine((headers) => Object.keys(headers).length <= 50, { error: 'at most 50 headers' })
  .describe('sent with every request (e.g. Authorization): write-only, stored encrypted');

const fields = {
  name: z.string().trim().min(1).max(200),
  url: z
    .url({ protocol: /^https?$/, error: 'must be an http or https URL' })
    .max(2048)
    .describe("the server's Streamable HTTP endpoint, e.g. https://mcp.example.com/mcp"),
  headers: Headers,
  timeout_ms: z.number().int().min(100).max(300_000).describe('deadline of connecting and each call, in ms'),
};

const CreateBody = z.strictObject({
  ...fields,
  transport: z.literal('http').optional(),
  headers: fields.headers.optional(),
  timeout_ms: fields.timeout_ms.optional(),
});
const UpdateBody = z.strictObject(fields).partial();
const Params = z.object({ id: z.string().min(1).max(100) });

/** Members of a body that only a local (stdio) server has: a command to run on the host. */
const STDIO_MEMBERS = ['command', 'args', 'env', 'cwd'];

/**
 * Refuses (403) a body that defines a local stdio server before it is validated: tenants may only add remote
 * servers, so a command never runs on the host because a tenant asked.
 */
async function refuseStdio(request: FastifyRequest): Promise<void> {
  const body = request.body;
  if (typeof body !== 'object' || body === null) return;
  const record = body as Record<string, unknown>;
  if (record.transport === 'stdio' || STDIO_MEMBERS.some((m) => m in record))
    throw new DomainError(
      'forbidden',
      'only the operator can define local (stdio) MCP servers, in GUIDEPOST_MCP_SERVERS; add a remote server by its Streamable HTTP URL, or pick one of the operator’s servers',
    );
}

function serverJson(s: McpServerView): z.infer<typeof McpServerSchema> {
  return {
    id: s.id,
    name: s.name,
    owner: s.owner,
    transport: s.transport,
    url: s.url,
    header_names: s.headerNames,
    timeout_ms: s.timeoutMs,
    updated_at: s.updatedAt?.toISOString() ?? null,
  };
}

/**
 * MCP servers for `mcp_call` actions (admins, scoped to the caller's tenant): `GET /api/v1/mcp/servers` lists
 * the operator's servers (read-only) and the tenant's remote ones; `POST` adds a remote server (Streamable
 * HTTP URL checked by the SSRF guard, headers write-only; a stdio definition is 403), `PATCH`/`DELETE
 * /api/v1/mcp/servers/:id` change or remove one (an operator server is 403, another tenant's 404), and
 * `GET /api/v1/mcp/servers/:id/tools` lists a server's tools with their input schemas (422 with the reason
 * when it cannot be reached).
 */
const mcpServerRoutes: FastifyPluginAsyncZod = async (app) => {
  const security: Array<Record<string, string[]>> = [{ bearer: [] }, { cookie: [] }];
  const tags = ['actions'];
  const onRequest = app.authorize('admin');
  const service = () => app.runtime.mcpServers;

  app.get(
    '/api/v1/mcp/servers',
    {
      onRequest,
      schema: {
        tags,
        security,
        summary: "The operator's MCP servers and the tenant's remote ones",
        response: { 200: z.object({ items: z.array(McpServerSchema) }) },
      },
    },
    async (request) => ({
      items: (await service().list(principalOf(request).tenantId)).map(serverJson),
    }),
  );

  app.post(
    '/api/v1/mcp/servers',
    {
      onRequest,
      preValidation: refuseStdio,
      schema: {
        tags,
        security,
        summary:
          'Add a remote MCP server (Streamable HTTP); local stdio servers are the operator’s only (403)',
        body: CreateBody,
        response: { 201: McpServerSchema },
      },
    },
    async (request, reply) => {
      const { name, url, headers, timeout_ms } = request.body;
      const created = await service().create(principalOf(request).tenantId, {
        name,
        url,
        headers,
        timeoutMs: timeout_ms,
      });
      return reply.code(201).send(serverJson(created));
    },
  );

  app.patch(
    '/api/v1/mcp/servers/:id',
    {
      onRequest,
      preValidation: refuseStdio,
      schema: {
        tags,
        security,
        summary: "Change a tenant's remote MCP server; headers are kept unless given",
        params: Params,
        body: UpdateBody,
        response: { 200: McpServerSchema },
      },
    },
    async (request) => {
      const { name, url, headers, timeout_ms } = request.body;
      return serverJson(
        await service().update(principalOf(request).tenantId, request.params.id, {
          name,
          url,
          headers,
          timeoutMs: timeout_ms,
        }),
      );
    },
  );

  app.delete(
    '/api/v1/mcp/servers/:id',
    {
      onRequest,
      schema: {
        tags,
        security,
        summary: "Delete a tenant's remote MCP server",
        params: Params,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await service().delete(principalOf(request).tenantId, request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/mcp/servers/:id/tools',
    {
      onRequest,
      schema: {
        tags,
        security,
        summary: "An MCP server's tools with their input schemas",
        params: z.object({ id: z.string().min(1).max(100) }),
        response: { 200: z.object({ items: z.array(McpToolSchema) }) },
      },
    },
    async (request) => {
      const tools = await service().tools(principalOf(request).tenantId, request.params.id);
      return {
        items: tools.map((t) => ({ name: t.name, description: t.description, input_schema: t.inputSchema })),
      };
    },
  );
};

export default mcpServerRoutes;
