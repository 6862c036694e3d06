import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { queryRows } from '../../../db/client.js';

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
      const checks: Record<string, { ok: boolean; detail?: string }> = {};
      try {
        const rows = await queryRows<{ n: number }>(
          app.database.db,
          sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
        );
        checks.database = { ok: true };
        checks.migrations = { ok: (rows[0]?.n ?? 0) > 0, detail: `${rows[0]?.n ?? 0} applied` };
      } catch (error) {
        checks.database = { ok: false, detail: (error as Error).message };
      }
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
