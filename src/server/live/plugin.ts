import websocket from '@fastify/websocket';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { RunEventBus } from './event-bus.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Announces run-event appends across processes (see RunEventBus). */
    runEventBus: RunEventBus;
  }
}

/**
 * Live updates: registers @fastify/websocket (unless already registered), the run-event bus (its NOTIFY
 * hook joins `app.runAppendHooks`), a `live` readiness check, and closes the bus with the app.
 */
async function livePlugin(app: FastifyInstance): Promise<void> {
  if (!app.hasDecorator('websocketServer')) await app.register(websocket);
  const bus = new RunEventBus(app.database, app.log);
  app.runAppendHooks.push(bus.appendHook);
  app.decorate('runEventBus', bus);
  app.readinessChecks.set('live', async () => ({
    ok: bus.listening,
    detail: bus.listening ? undefined : 'the LISTEN connection is down; retrying',
  }));
  app.addHook('onReady', async () => bus.start());
  app.addHook('preClose', async () => bus.close());
}

export default fp(livePlugin, { name: 'live', dependencies: ['database'] });
