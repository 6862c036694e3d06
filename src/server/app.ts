import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { randomUUID } from 'node:crypto';
import type { Config } from '../config/config.js';
import type { Database } from '../db/client.js';
import { Runtime } from '../runtime/runtime.js';
import { clientErrorHandler, frameworkErrors } from './framework-errors.js';
import authPlugin from './plugins/auth.js';
import errorsPlugin from './plugins/errors.js';
import runtimePlugin from './plugins/runtime.js';
import securityHeadersPlugin from './plugins/security-headers.js';
import storableInputPlugin from './plugins/storable-input.js';
import webPlugin, { resolveWebDir } from './plugins/web.js';
import webhookRoutes from './routes/webhooks/index.js';
import analyticsRoutes from './routes/analytics/index.js';
import notificationRoutes from './routes/notifications/index.js';
import actionRoutes from './routes/actions/index.js';
import apiConfigRoutes from './routes/api-configs/index.js';
import sidekickRoutes from './routes/sidekicks/index.js';
import avatarRoutes from './routes/sidekicks/avatars.js';
import providerKeyRoutes from './routes/provider-keys/index.js';
import voiceRoutes from './routes/sidekicks/voices.js';
import mcpRoutes from './routes/mcp/index.js';
import runRoutes from './routes/runs/index.js';
import voiceCallRoutes from './routes/voice/index.js';
import apiKeyRoutes from './routes/api-keys/index.js';
import authRoutes from './routes/auth/index.js';
import knowledgeRoutes from './routes/knowledge/index.js';
import chatRoutes from './routes/chat/index.js';
import promptRoutes from './routes/chat/prompts.js';
import qualityRoutes from './routes/quality/index.js';
import qualityGateRoutes from './routes/quality/gates.js';
import healthRoutes from './routes/health/index.js';
import publicRoutes from './routes/public/index.js';
import tenantRoutes from './routes/tenants/index.js';
import tenantProfileRoutes from './routes/tenants/profile.js';
import userRoutes from './routes/users/index.js';
import wizardRoutes from './routes/wizards/index.js';
import wizardStepRoutes from './routes/wizards/steps.js';
import templateRoutes from './routes/wizards/templates.js';

/** A readiness check: `ok` and an optional detail, shown by `GET /ready`. */
export type ReadinessCheck = () => Promise<{ ok: boolean; detail?: string }>;

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    /** Named checks `GET /ready` runs; plugins add theirs (e.g. the queue). */
    readinessChecks: Map<string, ReadinessCheck>;
  }
}

/** A request URL with capability tokens in its query (`run_token`) replaced by `[redacted]`, for logs. */
export function redactUrl(url: string): string {
  return url.replace(/([?&]run_token=)[^&#]*/g, '$1[redacted]');
}

/**
 * Options of `buildApp`. Tests pass an open database (or a whole runtime); `serve` lets the app open (and
 * close) its own.
 */
export interface BuildAppOptions {
  config: Config;
  database?: Database;
  /** The process's runtime, when the caller assembled it; else the app opens one on `database`/`config`. */
  runtime?: Runtime;
  /** pino options, or false for no logs (tests). Default: JSON logs at LOG_LEVEL. */
  logger?: boolean | Record<string, unknown>;
}

/**
 * Builds the Guidepost HTTP app (Fastify 5): zod validation and serialisation on every route, OpenAPI at
 * `/api/docs` (JSON at `/api/docs/json`), problem+json errors, JSON logs with a request id, every feature's
 * routes, and the built web app at `/` (plugins/web.ts). Opens the process's Runtime (database, queue, run and
 * webhook services) unless one is given. Call `listen` or `inject`.
 */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config } = options;
  const app = Fastify({
    logger: options.logger ?? {
      level: config.LOG_LEVEL,
      serializers: {
        req: (request: { method: string; url: string; ip?: string }) => ({
          method: request.method,
          url: redactUrl(request.url),
          remoteAddress: request.ip,
        }),
      },
    },
    bodyLimit: config.BODY_LIMIT_BYTES,
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    frameworkErrors,
    clientErrorHandler,
    ajv: undefined,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  const runtime =
    options.runtime ?? (await Runtime.open({ config, database: options.database, log: app.log }));
  app.decorate('config', config);
  app.decorate('readinessChecks', new Map<string, ReadinessCheck>());

  await app.register(errorsPlugin);
  await app.register(storableInputPlugin);
  await app.register(securityHeadersPlugin);
  await app.register(runtimePlugin, { runtime });
  await app.register(authPlugin);
  await app.register(swagger, {
    openapi: {
      info: { title: 'Guidepost API', version: '1', description: 'AI sidekicks and agent-guided wizards' },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'a session token or an API key (gp_…)' },
          cookie: { type: 'apiKey', in: 'cookie', name: 'guidepost_session' },
          runToken: { type: 'apiKey', in: 'header', name: 'X-Run-Token', description: "a run's token" },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(tenantRoutes);
  await app.register(tenantProfileRoutes);
  await app.register(userRoutes);
  await app.register(apiKeyRoutes);
  await app.register(wizardRoutes);
  await app.register(wizardStepRoutes);
  await app.register(templateRoutes);
  await app.register(webhookRoutes);
  await app.register(analyticsRoutes);
  await app.register(notificationRoutes);
  await app.register(apiConfigRoutes);
  await app.register(sidekickRoutes);
  await app.register(avatarRoutes);
  await app.register(providerKeyRoutes);
  await app.register(voiceRoutes);
  await app.register(actionRoutes);
  await app.register(knowledgeRoutes);
  await app.register(chatRoutes);
  await app.register(promptRoutes);
  await app.register(qualityRoutes);
  await app.register(qualityGateRoutes);
  await app.register(runRoutes, { prefix: '/api/v1' });
  await app.register(voiceCallRoutes, { prefix: '/api/v1' });
  await app.register(mcpRoutes);
  await app.register(publicRoutes);
  await app.register(webPlugin, { root: resolveWebDir(config.GUIDEPOST_WEB_DIR) });
  return app;
}
