import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ActionLogSchema } from '../../../core/actions/action-log.js';
import { accessOf, requireRole, runAccessHook, signedIn } from './access.js';
import { RunIdParams } from './schemas.js';

/**
 * `GET /runs/:id/action-logs`: every attempt of every action the run's events fired, oldest first (status,
 * input, output, error, attempt, duration in ms). Admins of the run's tenant only: logs can hold what the
 * wizard's APIs answered, which a visitor's run token must not reveal.
 */
const actionLogRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/runs/:id/action-logs',
    {
      preHandler: [requireRole(app, 'admin'), runAccessHook(app)],
      schema: {
        tags: ['runs', 'actions'],
        security: [{ bearer: [] }, { cookie: [] }],
        summary: "The run's action logs (admins)",
        params: RunIdParams,
        response: { 200: z.object({ items: z.array(ActionLogSchema) }) },
      },
    },
    async (request) => {
      const logs = await app.actionLogs.listForRun(signedIn(request).tenantId, accessOf(request).run.id);
      return {
        items: logs.map((log) => ({
          id: log.id,
          event_id: log.eventId,
          action_id: log.actionId,
          action_type: log.actionType,
          trigger: log.trigger,
          status: log.status,
          input: log.input,
          output: log.output,
          error: log.error,
          attempt: log.attempt,
          duration_ms: log.durationMs,
          created_at: log.createdAt.toISOString(),
        })),
      };
    },
  );
};

export default actionLogRoutes;
