import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ActionError } from '../../../actions/executor.js';
import { DomainError } from '../../../core/errors.js';
import { principalOf } from '../../auth/principal.js';

const Params = z.object({ id: z.string().min(1).max(100), actionId: z.string().min(1).max(64) });

const Body = z
  .strictObject({
    /** Sample values of the run's fields, as the action's templates see them (`values`). */
    values: z.record(z.string().max(64), z.unknown()).optional(),
    /** A sample trigger payload (`event`). */
    event: z.record(z.string().max(64), z.unknown()).optional(),
    /** The event the action belongs to, when its id is used in several events. */
    event_id: z.string().min(1).max(64).optional(),
  })
  .default({});

const Result = z.object({
  status: z.enum(['succeeded', 'failed']),
  input: z.unknown(),
  output: z.unknown(),
  error: z.string().nullable(),
  would_apply: z.unknown(),
  duration_ms: z.number().int(),
  log_id: z.string(),
});

/**
 * `POST /api/v1/wizards/:id/actions/:actionId/test` (admins): runs one action of the wizard's draft on sample
 * values without touching any run (see ActionTester) and answers its input, output or error, what it would
 * change, and the id of its action log. A failed action is a 200 with `status: failed` (the test ran).
 */
const actionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/v1/wizards/:id/actions/:actionId/test',
    {
      onRequest: app.authorize('admin'),
      schema: {
        tags: ['actions'],
        security: [{ bearer: [] }, { cookie: [] }],
        summary: "Test one action of the wizard's draft on sample values (no run is touched)",
        params: Params,
        body: Body,
        response: { 200: Result },
      },
    },
    async (request) => {
      const { values, event, event_id } = request.body;
      return app.actionTester.test(
        principalOf(request).tenantId,
        request.params.id,
        request.params.actionId,
        {
          values,
          event,
          eventId: event_id,
        },
      );
    },
  );
};

const McpServerSchema = z.object({
  id: z.string(),
  name: z.string(),
  transport: z
    .enum(['stdio', 'http', 'in_process'])
    .describe("in_process: Guidepost's own tools (e.g. create_sidekick)"),
});
const McpToolSchema = z.object({
  name: z.string(),
  description: z.string().optional(),
  input_schema: z.unknown(),
});

/**
 * The operator's MCP servers for `mcp_call` actions (GUIDEPOST_MCP_SERVERS; admins pick one, never define a
 * command): `GET /api/v1/mcp/servers` lists them, `GET /api/v1/mcp/servers/:id/tools` lists a server's tools
 * with their input schemas (404 for an unknown id; 422 with the reason when the server cannot be reached).
 */
const mcpServerRoutes: FastifyPluginAsyncZod = async (app) => {
  const security: Array<Record<string, string[]>> = [{ bearer: [] }, { cookie: [] }];
  const schema = { tags: ['actions'], security };
  app.get(
    '/api/v1/mcp/servers',
    {
      onRequest: app.authorize('admin'),
      schema: {
        ...schema,
        summary: "The operator's MCP servers",
        response: { 200: z.object({ items: z.array(McpServerSchema) }) },
      },
    },
    async () => ({ items: app.mcpClients.list() }),
  );
  app.get(
    '/api/v1/mcp/servers/:id/tools',
    {
      onRequest: app.authorize('admin'),
      schema: {
        ...schema,
        summary: "An MCP server's tools with their input schemas",
        params: z.object({ id: z.string().min(1).max(64) }),
        response: { 200: z.object({ items: z.array(McpToolSchema) }) },
      },
    },
    async (request) => {
      const tools = await app.mcpClients.tools(request.params.id).catch((error: unknown) => {
        if (ActionError.isInstance(error)) throw new DomainError('invalid', error.message);
        throw error;
      });
      return {
        items: tools.map((t) => ({ name: t.name, description: t.description, input_schema: t.inputSchema })),
      };
    },
  );
};

export default async function actionAndMcpRoutes(app: Parameters<FastifyPluginAsyncZod>[0]): Promise<void> {
  await app.register(actionRoutes);
  await app.register(mcpServerRoutes);
}
