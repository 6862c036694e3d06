import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../auth/principal.js';
import mcpServerRoutes from './mcp-servers.js';

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

export default async function actionAndMcpRoutes(app: Parameters<FastifyPluginAsyncZod>[0]): Promise<void> {
  await app.register(actionRoutes);
  await app.register(mcpServerRoutes);
}
