import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { JobQueue } from '../../jobs/queue.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The durable job queue (pg-boss on the app's database): `send`, `work`. See JobQueue. */
    queue: JobQueue;
  }
}

/**
 * Starts the job queue on the app's database when the plugin registers (so later plugins can add workers),
 * adds the `queue` readiness check, and stops it when the app closes: workers stop fetching and active jobs
 * get up to 10 s to finish (jobs still active are retried later), before the database closes.
 */
async function queuePlugin(app: FastifyInstance): Promise<void> {
  const queue = new JobQueue(app.database, {
    pollingIntervalSeconds: app.config.GUIDEPOST_QUEUE_POLL_SECONDS,
    onError: (error) => app.log.error({ err: error }, 'job queue error'),
  });
  await queue.start();
  app.decorate('queue', queue);
  app.readinessChecks.set('queue', async () => ({
    ok: queue.isRunning,
    ...(queue.isRunning ? {} : { detail: 'the job queue is stopped' }),
  }));
  app.addHook('preClose', async () => queue.stop());
}

export default fp(queuePlugin, { name: 'queue', dependencies: ['database'] });
