import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

const HealthSchema = z.object({ status: z.literal('ok') });
const ReadySchema = z.object({
  status: z.enum(['ready', 'not_ready']),
  checks: z.record(z.string(), z.object({ ok: z.boolean(), detail: z.string().optional() })),
});

/**
 * `GET /health`: liveness (the process answers). `GET /ready`: readiness — the database answers, the
 * migrations are applied, and every registered readiness check (e.g. the queue) passes; 503 otherwise.
 */
const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/health', { schema: { tags: ['health'], response: { 200: HealthSchema } } }, async () => ({
    status: 'ok' as const,
  }));

  app.get(
    '/ready',
    { schema: { tags: ['health'], response: { 200: ReadySchema, 503: ReadySchema } } },
    async (_request, reply) => {
      const checks = await app.checkDatabase();
      for (const [name, check] of app.readinessChecks) {
        try {
          checks[name] = await check();
        } catch (error) {
          checks[name] = { ok: false, detail: (error as Error).message };
        }
      }
      const ready = Object.values(checks).every((c) => c.ok);
      return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not_ready', checks });
    },
  );
};

export default healthRoutes;
