import { API_CONFIG_SECRET_PURPOSE, ApiConfigService } from '../actions/api-configs.js';
import { ActionLogService } from '../actions/action-logs.js';
import { ActionTester } from '../actions/action-tester.js';
import { MCP_SERVER_SECRET_PURPOSE, McpClients } from '../actions/mcp-clients.js';
import { McpServerService } from '../actions/mcp-servers.js';
import { actionExecutors } from '../actions/executors/index.js';
import { ActionReactor } from '../actions/reactor.js';
import { AnalyticsService } from '../analytics/service.js';
import { ActionRunner } from '../actions/action-runner.js';
import { AsyncActions, createAsyncActionQueue } from '../actions/async-actions.js';
import { getRun } from '../db/runs.js';
import { loadBuiltinWizards } from '../builtin/index.js';
import type { Config } from '../config/config.js';
import { openDatabase, type Database } from '../db/client.js';
import { JobQueue } from '../db/queue.js';
import { secretBox } from '../db/secrets.js';
import { seedBuiltinWizards } from '../db/wizards.js';
import { startNotificationWorkers } from '../jobs/notification-workers.js';
import { startActionWorkers, type ActionWorkerDeps } from '../jobs/action-workers.js';
import { startWebhookWorkers } from '../jobs/webhook-workers.js';
import { createNotificationQueue, notificationOutboxHook } from '../notifications/job.js';
import {
  createResumeEmailQueue,
  RESUME_LINK_SECRET_PURPOSE,
  ResumeEmails,
} from '../notifications/resume-email.js';
import { createMailer } from '../notifications/mailer.js';
import { NotificationService } from '../notifications/service.js';
import { startAbandonSweep } from '../jobs/abandon-idle-runs.js';
import { PublicWizards } from '../publishing/public-wizards.js';
import { TenantProfiles } from '../publishing/tenant-profiles.js';
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
import { vectorSearchAvailable } from '../db/knowledge-vectors.js';
import { createKnowledgeQueue, startKnowledgeWorkers } from '../jobs/knowledge-workers.js';
import { aiEmbedder } from '../knowledge/ai-embedder.js';
import type { Embedder } from '../knowledge/embeddings.js';
import { KnowledgeService } from '../knowledge/service.js';
import { VoiceService } from '../sidekicks/voices.js';
import { ChatService } from '../sidekicks/chat/service.js';
import { PromptService } from '../sidekicks/chat/prompts.js';
import { QualityService } from '../sidekicks/quality/service.js';
import { createQualityQueue, startQualityWorkers } from '../jobs/quality-workers.js';
import { createLanguageModel } from '../guide/llm/provider.js';
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
  /** Run async action and webhook delivery workers in this process once started (default true). */
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
  /** Connections to the operator's and tenants' MCP servers for `mcp_call` actions (see McpClients). */
  mcpClients: McpClients;
  /** LiveKit participant tokens for voice calls (see VoiceCalls). */
  voiceCalls: VoiceCalls;
  /** The tenants' sidekicks (see SidekickService). */
  sidekicks: SidekickService;
  /** Sidekicks' knowledge bases: documents, processing jobs, search (see KnowledgeService). */
  knowledge: KnowledgeService;
  /** Chat threads with sidekicks and their cited answers (see ChatService). */
  chat: ChatService;
  /** Sidekicks' quality suites, runs, dashboards and prompt gates (see QualityService). */
  quality: QualityService;
  /** Sidekicks' prompt layers and their versions (see PromptService). */
  prompts: PromptService;
  /** How knowledge search ranks here: `hybrid` (full-text + vectors) or `full-text` with the reason. */
  knowledgeSearch: { mode: 'hybrid' | 'full-text'; detail: string };
  /** The embedder of knowledge vector search, or null (full-text only). */
  embedder: Embedder | null;
  /** Wizard analytics over the run event log (see AnalyticsService). */
  analytics: AnalyticsService;
  /** Completion emails of wizards and the mailer other features send email with (see NotificationService). */
  notifications: NotificationService;
  /** Resume links emailed to visitors who leave (see notifications/resume-email.ts). */
  resumeEmails: ResumeEmails;
  /** Public wizard pages, views and visitors' runs (see PublicWizards). */
  publicWizards: PublicWizards;
  /** Tenants' URL slugs and branding (see TenantProfiles). */
  tenantProfiles: TenantProfiles;
  /** The MCP servers a tenant may use: the operator's and its own remote ones (see McpServerService). */
  mcpServers: McpServerService;
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
 * webhook service, the API configurations of actions, public wizards and tenants' public profiles. A run filled through any of them fires the same
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
  private workersStarted = false;

  private constructor(
    services: RuntimeServices,
    private readonly log: RuntimeLogger,
    private readonly workers: boolean,
    private readonly actionWorkers: Omit<ActionWorkerDeps, 'queue'>,
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
      await createKnowledgeQueue(queue);
      const knowledgeSearch = await chooseKnowledgeSearch(config, database);
      await createNotificationQueue(queue);
      await createResumeEmailQueue(queue);
      const mailer = createMailer(config);
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
      const mcpSecrets = secretBox(appSecret, MCP_SERVER_SECRET_PURPOSE);
      const mcpClients = new McpClients(config.GUIDEPOST_MCP_SERVERS, {
        tenants: { db, secrets: mcpSecrets },
        allowPrivate: config.GUIDEPOST_ACTIONS_ALLOW_PRIVATE,
        inProcess: [guidepostMcpServer(sidekicks)],
      });
      const executors = actionExecutors({
        db,
        secrets: apiSecrets,
        allowPrivate: config.GUIDEPOST_ACTIONS_ALLOW_PRIVATE,
        mcp: mcpClients,
      });
      await createAsyncActionQueue(queue);
      const runOwner = async (runId: string) => {
        const run = await getRun(db, runId);
        if (!run) throw new Error(`run ${runId} vanished while its actions ran`);
        return { tenantId: run.tenantId, wizardId: run.wizardId };
      };
      const runner = new ActionRunner({ db, executors, log });
      const asyncActions = new AsyncActions(queue);
      const reactor = new ActionReactor({ runner, runOwner, log, async: asyncActions });
      const effects: RunEffects = {
        eventHooks: [
          bus.appendHook,
          webhookOutboxHook(queue, config.PUBLIC_URL),
          ...(mailer ? [notificationOutboxHook(queue)] : []),
          asyncActions.hook,
        ],
        transcriptHooks: [bus.transcriptHook],
        reactor,
      };
      const handles = new RunHandles(db, effects, undefined, bus);
      const actionWorkers = { handles, runner, runOwner };
      const guides = new GuideSessions(db, config, effects, undefined, (tenantId) =>
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
      const knowledge = new KnowledgeService({
        db,
        queue,
        embedder: knowledgeSearch.embedder,
        maxBytes: config.GUIDEPOST_KNOWLEDGE_MAX_BYTES,
        allowPrivate: config.GUIDEPOST_ACTIONS_ALLOW_PRIVATE,
      });
      const chatModel = config.llm ? createLanguageModel(config.llm) : null;
      const model = async (tenantId: string) => {
        const own = await providerKeys.llmConfig(tenantId);
        return own ? createLanguageModel(own) : chatModel;
      };
      const chat = new ChatService({ db, knowledge, model });
      await createQualityQueue(queue);
      const quality = new QualityService({ db, queue, chat, model });
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
        knowledge,
        chat,
        quality,
        prompts: new PromptService({ db, knowledge, beforeActivate: quality.checkActivation }),
        knowledgeSearch: {
          mode: knowledgeSearch.embedder ? 'hybrid' : 'full-text',
          detail: knowledgeSearch.detail,
        },
        embedder: knowledgeSearch.embedder,
        analytics: new AnalyticsService(db),
        notifications: new NotificationService(db, mailer),
        resumeEmails: new ResumeEmails({
          db,
          queue,
          secrets: secretBox(appSecret, RESUME_LINK_SECRET_PURPOSE),
          delaySeconds: config.GUIDEPOST_RESUME_EMAIL_DELAY_SECONDS,
          enabled: mailer !== null,
        }),
        publicWizards: new PublicWizards(db, runs),
        tenantProfiles: new TenantProfiles(db),
        mcpServers: new McpServerService({
          db,
          secrets: mcpSecrets,
          allowPrivate: config.GUIDEPOST_ACTIONS_ALLOW_PRIVATE,
          clients: mcpClients,
        }),
        providerKeys,
        voices: new VoiceService({ providerKeys, allowPrivate: config.GUIDEPOST_ACTIONS_ALLOW_PRIVATE }),
      };
      return new Runtime(services, log, options.workers ?? true, actionWorkers);
    } catch (error) {
      if (owned) await database.close();
      throw error;
    }
  }

  /**
   * Starts listening for live notices and, unless disabled, this process's workers: async actions, webhook delivery,
   * knowledge ingestion, completion emails (with SMTP settings) and the scheduled sweep that abandons idle
   * runs (see src/jobs). Idempotent.
   */
  async start(): Promise<void> {
    await this.bus.start();
    if (!this.workers || this.workersStarted) return;
    this.workersStarted = true;
    const { db } = this.database;
    const { queue, log, config } = this;
    await startActionWorkers({ queue, ...this.actionWorkers });
    await startAbandonSweep({
      db,
      queue,
      runs: this.runs,
      intervalSeconds: config.GUIDEPOST_ABANDON_SWEEP_SECONDS,
      log,
    });
    this.stopWorkers = await startWebhookWorkers({
      db,
      queue,
      secrets: secretBox(this.appSecret, WEBHOOK_SECRET_PURPOSE),
      config,
      webhooks: this.webhooks,
      log,
    });
    await startKnowledgeWorkers({
      db,
      queue,
      embedder: this.embedder,
      maxBytes: config.GUIDEPOST_KNOWLEDGE_MAX_BYTES,
      allowPrivate: config.GUIDEPOST_ACTIONS_ALLOW_PRIVATE,
      log,
    });
    await startQualityWorkers({
      db,
      queue,
      chat: this.chat,
      model: (tenantId) => this.quality.model(tenantId),
      log,
    });
    const mailer = this.notifications.mailer;
    if (mailer)
      await startNotificationWorkers({
        db,
        queue,
        mailer,
        publicUrl: config.PUBLIC_URL ?? `http://${config.HOST}:${config.PORT}`,
        resumeSecrets: secretBox(this.appSecret, RESUME_LINK_SECRET_PURPOSE),
        log,
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
    this.notifications.mailer?.close();
  }

  /** `stop`, then closes the database when the runtime opened it. Idempotent. */
  async close(): Promise<void> {
    await this.stop();
    if (this.ownsDatabase) await this.database.close();
  }
}

/**
 * Whether knowledge search can fuse vectors: an embedding model configured (GUIDEPOST_EMBEDDING_MODEL) on a
 * provider with embeddings, and pgvector in the database. Otherwise full-text only, with the reason.
 */
async function chooseKnowledgeSearch(
  config: Config,
  database: Database,
): Promise<{ embedder: Embedder | null; detail: string }> {
  const model = config.GUIDEPOST_EMBEDDING_MODEL;
  if (!model) return { embedder: null, detail: 'full-text (BM25) only: no embedding model configured' };
  if (!(await vectorSearchAvailable(database.db)))
    return { embedder: null, detail: 'full-text (BM25) only: this PostgreSQL has no pgvector extension' };
  const embedder = config.llm ? aiEmbedder(config.llm, model) : null;
  if (!embedder)
    return { embedder: null, detail: 'full-text (BM25) only: the LLM provider has no embedding models' };
  return { embedder, detail: `full-text (BM25) and vectors (${embedder.model}), fused by reciprocal rank` };
}
