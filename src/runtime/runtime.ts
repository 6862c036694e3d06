import { API_CONFIG_SECRET_PURPOSE, ApiConfigService } from '../actions/api-configs.js';
import { ActionLogService } from '../actions/action-logs.js';
import { ActionTester } from '../actions/action-tester.js';
import { McpClients } from '../actions/mcp-clients.js';
import { actionExecutors } from '../actions/executors/index.js';
import { ActionReactor } from '../actions/reactor.js';
import { getRun } from '../db/runs.js';
import { loadBuiltinWizards } from '../builtin/index.js';
import type { Config } from '../config/config.js';
import { openDatabase, type Database } from '../db/client.js';
import { JobQueue } from '../db/queue.js';
import { secretBox } from '../db/secrets.js';
import { seedBuiltinWizards } from '../db/wizards.js';
import { startWebhookWorkers } from '../jobs/webhook-workers.js';
import type { RunEffects } from '../runs/effects.js';
import { GuideSessions } from '../runs/guide-sessions.js';
import { RunEventBus } from '../runs/live-bus.js';
import { RunFileService } from '../runs/run-files.js';
import { RunHandles } from '../runs/run-handles.js';
import { RunRecords } from '../runs/run-records.js';
import { RunService } from '../runs/run-service.js';
import { guidepostMcpServer } from '../sidekicks/mcp-server.js';
import { Avatars } from '../sidekicks/avatars.js';
import { PROVIDER_KEY_SECRET_PURPOSE, ProviderKeyService } from '../sidekicks/provider-keys.js';
import { SidekickService } from '../sidekicks/service.js';
import { VoiceService } from '../sidekicks/voices.js';
import { createDeliveryQueue } from '../webhooks/delivery.js';
import { webhookOutboxHook } from '../webhooks/outbox.js';
import { VoiceCalls } from '../runs/voice-calls.js';
import { WEBHOOK_SECRET_PURPOSE, WebhookService } from '../webhooks/service.js';
import { resolveAppSecret } from './app-secret.js';

/** Where the runtime logs: pino's shape (the server passes its logger; the CLI a quiet one). */
export interface RuntimeLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** Options of `Runtime.open`. */
export interface OpenRuntimeOptions {
  config: Config;
  /** An open, migrated database to use (tests). Without one the runtime opens it from `config` and owns it. */
  database?: Database;
  log: RuntimeLogger;
  /** Run webhook delivery workers in this process once started (default true). */
  workers?: boolean;
}

/** The parts of a Runtime, each readable on it (`runtime.runs`, `runtime.webhooks`, …). */
export interface RuntimeServices {
  config: Config;
  database: Database;
  /** Whether `close` closes the database (the runtime opened it). */
  ownsDatabase: boolean;
  /** Key material for encryption at rest and session signing (see resolveAppSecret). */
  appSecret: string;
  queue: JobQueue;
  bus: RunEventBus;
  effects: RunEffects;
  runs: RunService;
  runFiles: RunFileService;
  /** Run access, listings, saved runs, exports, logs and live streams (see RunRecords). */
  runRecords: RunRecords;
  webhooks: WebhookService;
  /** Tenants' API configurations for `api_call` actions (see ApiConfigService). */
  apiConfigs: ApiConfigService;
  /** Action logs of runs (see ActionLogService). */
  actionLogs: ActionLogService;
  /** Test runs of one action on sample values (see ActionTester). */
  actionTester: ActionTester;
  /** The operator's MCP servers for `mcp_call` actions (see McpClients). */
  mcpClients: McpClients;
  /** LiveKit participant tokens for voice calls (see VoiceCalls). */
  voiceCalls: VoiceCalls;
  /** The tenants' sidekicks (see SidekickService). */
  sidekicks: SidekickService;
  /** The tenants' own provider keys, write-only (see ProviderKeyService). */
  providerKeys: ProviderKeyService;
  /** Voices and their previews (see VoiceService). */
  voices: VoiceService;
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type -- the services are assigned in the constructor
export interface Runtime extends Readonly<RuntimeServices> {}

/**
 * The services of one process, assembled once by every entry point (the HTTP server, `guidepost run`, the
 * MCP server, workers): the database, the durable queue, the live bus, the RunEffects every run change goes
 * through (webhook outbox, live notices), the run service, the run records (access, listings, logs), the
 * webhook service and the API configurations of actions. A run filled through any of them fires the same
 * webhooks and reaches every live view on the same database.
 *
 * Lifecycle: `open` (opens and migrates the database unless given one, seeds the built-in wizards, starts the
 * queue), `start` (listens on the live bus, starts the webhook workers), `stop` (stops workers, queue and
 * bus; active jobs get up to 10 s), `close` (`stop`, then closes the database if the runtime opened it).
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see the interface above
export class Runtime {
  private stopWorkers: (() => Promise<void>) | null = null;
  private stopped = false;

  private constructor(
    services: RuntimeServices,
    private readonly log: RuntimeLogger,
    private readonly workers: boolean,
  ) {
    Object.assign(this, services);
  }

  /**
   * Opens the runtime (see the class comment). Throws what opening the database throws (e.g. a PGlite data
   * directory held by another process, a server that cannot be reached) and closes what it opened first.
   */
  static async open(options: OpenRuntimeOptions): Promise<Runtime> {
    const { config, log } = options;
    const database =
      options.database ??
      (await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.GUIDEPOST_DATA_DIR }));
    const owned = options.database === undefined;
    try {
      const db = database.db;
      await seedBuiltinWizards(db, loadBuiltinWizards());
      const appSecret = await resolveAppSecret(config.APP_SECRET, config.GUIDEPOST_DATA_DIR);
      const queue = new JobQueue(database, {
        pollingIntervalSeconds: config.GUIDEPOST_QUEUE_POLL_SECONDS,
        onError: (error) => log.error({ err: error }, 'job queue error'),
      });
      await queue.start();
      // Queues must exist before a transaction sends to them (see JobQueue.send).
      await createDeliveryQueue(queue, config.GUIDEPOST_WEBHOOK_TIMEOUT_MS);
      const bus = new RunEventBus(database, log);
      const apiSecrets = secretBox(appSecret, API_CONFIG_SECRET_PURPOSE);
      const providerKeys = new ProviderKeyService({
        db,
        secrets: secretBox(appSecret, PROVIDER_KEY_SECRET_PURPOSE),
        allowPrivate: config.GUIDEPOST_ACTIONS_ALLOW_PRIVATE,
        defaultModel: config.llm?.model,
      });
      const sidekicks = new SidekickService({
        db,
        avatars: new Avatars((tenantId) => providerKeys.imageModel(tenantId), log),
      });
      const mcpClients = new McpClients(config.GUIDEPOST_MCP_SERVERS, [guidepostMcpServer(sidekicks)]);
      const executors = actionExecutors({
        db,
        secrets: apiSecrets,
        allowPrivate: config.GUIDEPOST_ACTIONS_ALLOW_PRIVATE,
        mcp: mcpClients,
      });
      const reactor = new ActionReactor({
        db,
        executors,
        runOwner: async (runId) => {
          const run = await getRun(db, runId);
          if (!run) throw new Error(`run ${runId} vanished while its actions ran`);
          return { tenantId: run.tenantId, wizardId: run.wizardId };
        },
        log,
      });
      const effects: RunEffects = {
        eventHooks: [bus.appendHook, webhookOutboxHook(queue, config.PUBLIC_URL)],
        transcriptHooks: [bus.transcriptHook],
        reactor,
      };
      const handles = new RunHandles(db, effects);
      const guides = new GuideSessions(db, handles, config, effects, undefined, (tenantId) =>
        providerKeys.llmConfig(tenantId),
      );
      const files = new RunFileService(db, handles);
      const runs = new RunService(db, handles, guides, effects, files);
      const webhooks = new WebhookService({
        db,
        queue,
        secrets: secretBox(appSecret, WEBHOOK_SECRET_PURPOSE),
        allowPrivate: config.GUIDEPOST_WEBHOOK_ALLOW_PRIVATE,
      });
      const services: RuntimeServices = {
        config,
        database,
        ownsDatabase: owned,
        appSecret,
        queue,
        bus,
        effects,
        runs,
        runFiles: files,
        runRecords: new RunRecords(db, bus),
        webhooks,
        apiConfigs: new ApiConfigService({
          db,
          secrets: apiSecrets,
          allowPrivate: config.GUIDEPOST_ACTIONS_ALLOW_PRIVATE,
        }),
        actionLogs: new ActionLogService(db),
        actionTester: new ActionTester(db, executors),
        mcpClients,
        voiceCalls: new VoiceCalls(config),
        sidekicks,
        providerKeys,
        voices: new VoiceService({ providerKeys, allowPrivate: config.GUIDEPOST_ACTIONS_ALLOW_PRIVATE }),
      };
      return new Runtime(services, log, options.workers ?? true);
    } catch (error) {
      if (owned) await database.close();
      throw error;
    }
  }

  /** Starts listening for live notices and, unless disabled, the webhook delivery workers. */
  async start(): Promise<void> {
    await this.bus.start();
    if (this.workers && !this.stopWorkers)
      this.stopWorkers = await startWebhookWorkers({
        db: this.database.db,
        queue: this.queue,
        secrets: secretBox(this.appSecret, WEBHOOK_SECRET_PURPOSE),
        config: this.config,
        webhooks: this.webhooks,
        log: this.log,
      });
  }

  /** Stops the workers, the queue (active jobs get up to 10 s; later ones are retried) and the bus. Idempotent. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    await this.stopWorkers?.();
    await this.queue.stop();
    await this.bus.close();
    await this.mcpClients.close();
  }

  /** `stop`, then closes the database when the runtime opened it. Idempotent. */
  async close(): Promise<void> {
    await this.stop();
    if (this.ownsDatabase) await this.database.close();
  }
}
