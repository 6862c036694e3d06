import websocket from '@fastify/websocket';
import type { ActionLogService } from '../../actions/action-logs.js';
import type { ActionTester } from '../../actions/action-tester.js';
import type { McpClients } from '../../actions/mcp-clients.js';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { queryRows, type Database } from '../../db/client.js';
import type { ApiConfigService } from '../../actions/api-configs.js';
import type { JobQueue } from '../../db/queue.js';
import type { RunEventBus } from '../../runs/live-bus.js';
import type { RunFileService } from '../../runs/run-files.js';
import type { RunRecords } from '../../runs/run-records.js';
import type { RunService } from '../../runs/run-service.js';
import type { Runtime } from '../../runtime/runtime.js';
import type { WebhookService } from '../../webhooks/service.js';

/** The outcome of one readiness check, as `GET /ready` shows it. */
export interface CheckResult {
  ok: boolean;
  detail?: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * Whether the database answers (`database`) and has its migrations applied (`migrations`, detail
     * "<n> applied"); when it does not answer, only `database`, with the error's message. Never throws.
     */
    checkDatabase(): Promise<Record<string, CheckResult>>;
    /** The process's services (see Runtime); the decorations below are its parts. */
    runtime: Runtime;
    /** The open, migrated database (PGlite or PostgreSQL). */
    database: Database;
    /** Key material for encryption at rest and session signing (see resolveAppSecret). */
    appSecret: string;
    /** The durable job queue (pg-boss on the app's database): `send`, `work`. See JobQueue. */
    queue: JobQueue;
    /** Announces run-event and transcript appends across processes (see RunEventBus). */
    runEventBus: RunEventBus;
    /** The run service: start runs, form commands, guide messages (see RunService). */
    runs: RunService;
    /** Files of `file_upload` fields: upload checks, storage, download (see RunFileService). */
    runFiles: RunFileService;
    /** Run access, listings, saved runs, exports, event logs, transcripts, live streams (see RunRecords). */
    runRecords: RunRecords;
    /** Action logs of runs (see ActionLogService). */
    actionLogs: ActionLogService;
    /** Test runs of one action on sample values (see ActionTester). */
    actionTester: ActionTester;
    /** The operator's MCP servers for `mcp_call` actions (see McpClients). */
    mcpClients: McpClients;
    /** Webhook endpoints, deliveries, redelivery and test events (see WebhookService). */
    webhooks: WebhookService;
    /** Tenants' API configurations for `api_call` actions; credentials write-only (see ApiConfigService). */
    apiConfigs: ApiConfigService;
  }
}

/**
 * Puts the process's Runtime in the app: decorates its parts and the database readiness check, registers @fastify/websocket (for the live
 * routes), adds the `queue` and `live` readiness checks, starts the runtime (live bus, webhook workers) when
 * the app is ready, stops it before the app closes, and closes the database after (when the runtime owns it).
 */
async function runtimePlugin(app: FastifyInstance, opts: { runtime: Runtime }): Promise<void> {
  const { runtime } = opts;
  if (!app.hasDecorator('websocketServer')) await app.register(websocket);
  app.decorate('runtime', runtime);
  app.decorate('database', { getter: () => runtime.database });
  app.decorate('appSecret', runtime.appSecret);
  app.decorate('queue', runtime.queue);
  app.decorate('runEventBus', runtime.bus);
  app.decorate('runs', runtime.runs);
  app.decorate('runFiles', runtime.runFiles);
  app.decorate('runRecords', runtime.runRecords);
  app.decorate('webhooks', runtime.webhooks);
  app.decorate('actionLogs', runtime.actionLogs);
  app.decorate('actionTester', runtime.actionTester);
  app.decorate('mcpClients', runtime.mcpClients);
  app.decorate('apiConfigs', runtime.apiConfigs);
  app.decorate('checkDatabase', () => checkDatabase(runtime.database));
  app.readinessChecks.set('queue', async () => ({
    ok: runtime.queue.isRunning,
    ...(runtime.queue.isRunning ? {} : { detail: 'the job queue is stopped' }),
  }));
  app.readinessChecks.set('live', async () => ({
    ok: runtime.bus.listening,
    detail: runtime.bus.listening ? undefined : 'the LISTEN connection is down; retrying',
  }));
  app.readinessChecks.set('knowledge_search', async () => ({
    ok: true,
    detail: runtime.knowledgeSearch.detail,
  }));
  app.addHook('onReady', async () => runtime.start());
  app.addHook('preClose', async () => runtime.stop());
  app.addHook('onClose', async () => {
    if (runtime.ownsDatabase) await runtime.database.close();
  });
}

async function checkDatabase(database: Database): Promise<Record<string, CheckResult>> {
  try {
    const rows = await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    );
    const n = rows[0]?.n ?? 0;
    return { database: { ok: true }, migrations: { ok: n > 0, detail: `${n} applied` } };
  } catch (error) {
    return { database: { ok: false, detail: (error as Error).message } };
  }
}

export default fp(runtimePlugin, { name: 'runtime' });
