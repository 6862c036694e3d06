import rateLimit from '@fastify/rate-limit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { runAttributionSchema } from '../../../core/attribution.js';
import { DomainError } from '../../../core/errors.js';
import { pageAttribution } from '../../../publishing/attribution.js';
import type { PublicWizard } from '../../../publishing/public-wizards.js';
import {
  isVisitorId,
  VISITOR_COOKIE,
  VISITOR_COOKIE_MAX_AGE,
  visitorIdOf,
} from '../../../publishing/visitors.js';
import { contentSecurityPolicy, inlineScriptHashes } from '../../plugins/security-headers.js';
import { notBuilt, resolveWebDir } from '../../plugins/web.js';
import { minuteLimits } from '../../rate-limits.js';
import { accessOf, callerRateLimit, RUN_TOKEN_HEADER, runAccessHook } from '../runs/access.js';
import { RunIdParams, runStateJson, StartRunResponse } from '../runs/schemas.js';
import { EMBED_MODES, publicSettingsOf, type PublicBootstrap } from '../../../core/public-page.js';
import { NOT_FOUND_PAGE, renderPublicPage, viewSource } from './page.js';

const SlugParams = z.object({
  tenant: z.string().min(1).max(100).describe("the tenant's URL slug"),
  wizard: z.string().min(1).max(100).describe("the wizard's slug"),
});

// Not strict: links carry other parameters (fbclid, gclid…). Never refused: a visitor following a mangled
// link still gets the page (a bad embed parameter is ignored, long UTM values are dropped).
const lenient = (max: number) => z.string().max(max).optional().catch(undefined);
const PageQuery = z.object({
  embed: z.enum(EMBED_MODES).optional().catch(undefined).describe('set by embed.js: the widget mode'),
  vid: lenient(200).describe('set by embed.js: the visitor id kept by the host page'),
  parent: lenient(300).describe("set by embed.js: the embedding page's origin"),
  ref: lenient(5000).describe("set by embed.js: the embedding page's referrer"),
  landing: lenient(5000).describe('set by embed.js: the embedding page'),
  utm_source: z.string().optional().catch(undefined),
  utm_medium: z.string().optional().catch(undefined),
  utm_campaign: z.string().optional().catch(undefined),
  utm_term: z.string().optional().catch(undefined),
  utm_content: z.string().optional().catch(undefined),
});

const ExecuteBody = z
  .strictObject({
    channel: z.enum(['form', 'chat']).default('chat').describe('chat runs open with the guide greeting'),
    visitor_id: z
      .string()
      .regex(/^[A-Za-z0-9_-]{16,64}$/, 'must be 16 to 64 letters, digits, - or _')
      .optional()
      .describe('the first-party visitor id (default: the guidepost_vid cookie)'),
    attribution: runAttributionSchema
      .default({})
      .describe('referrer, landing page and UTM parameters; each value at most 500 characters (else 400)'),
  })
  .default({ channel: 'chat', attribution: {} });

const ExecuteResponse = StartRunResponse.extend({
  resume_url: z
    .string()
    .describe('reopens this run on any device: the run token travels in the fragment, never to a server'),
});

/** The built public player page, read again when the file changes; its inline scripts' CSP hashes. */
function templateReader(path: string) {
  let cached: { key: string; html: string; hashes: string[] } | undefined;
  return async (): Promise<{ html: string; hashes: string[] } | null> => {
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) return null;
    const key = `${info.mtimeMs}|${info.size}`;
    if (cached?.key !== key) {
      const html = await readFile(path, 'utf8');
      cached = { key, html, hashes: inlineScriptHashes(html) };
    }
    return cached;
  };
}

/**
 * Public wizards, for visitors (no sign-in):
 * - `GET /w/:tenant/:wizard`: the player page of a published, public wizard (title, Open Graph tags, the
 *   tenant's branding), framable only by the wizard's allowed origins; counts a view once per visitor per UTC
 *   day; rate-limited per address (GUIDEPOST_RATE_LIMIT_PUBLIC_PAGES). Anything else (unknown, draft,
 *   archived, private) gets the same friendly 404 page.
 * - `POST /api/v1/execute/:tenant/:wizard`: starts an anonymous run and answers its run token.
 * - `POST /api/v1/runs/:id/left` (the run token): the visitor left the page; queues the resume email (see
 *   notifications/resume-email.ts). 202 `{queued}`; 403 for a signed-in member (only visitors get one).
 */
const publicRoutes: FastifyPluginAsyncZod = async (app) => {
  if (!app.hasDecorator('rateLimit')) await app.register(rateLimit, { global: false });
  const template = templateReader(join(resolveWebDir(app.config.GUIDEPOST_WEB_DIR), 'public.html'));
  const webRoot = resolveWebDir(app.config.GUIDEPOST_WEB_DIR);
  const secure = app.config.PUBLIC_URL?.startsWith('https:') ?? false;
  const pagesPerIp = minuteLimits(app, [
    {
      what: 'your address',
      max: app.config.GUIDEPOST_RATE_LIMIT_PUBLIC_PAGES,
      key: (request) => `public-page:${request.ip}`,
    },
  ]);
  if (!app.hasRequestDecorator('runAccess')) app.decorateRequest('runAccess', null);
  const access = runAccessHook(app);
  const selfOrigin = (request: FastifyRequest) => `${request.protocol}://${request.host}`.toLowerCase();
  const baseUrl = (request: FastifyRequest) =>
    (app.config.PUBLIC_URL ?? selfOrigin(request)).replace(/\/+$/, '');

  const openOr404 = async (
    reply: FastifyReply,
    tenant: string,
    wizard: string,
  ): Promise<PublicWizard | null> => {
    try {
      return await app.runtime.publicWizards.open(tenant, wizard);
    } catch (error) {
      if (!DomainError.isInstance(error) || error.code !== 'not_found') throw error;
      await reply
        .code(404)
        .header('cache-control', 'no-store')
        .type('text/html; charset=utf-8')
        .send(NOT_FOUND_PAGE);
      return null;
    }
  };

  app.get(
    '/w/:tenant/:wizard',
    {
      preHandler: pagesPerIp,
      // An HTML page, not part of the JSON API's OpenAPI document.
      schema: {
        hide: true,
        params: SlugParams,
        querystring: PageQuery,
      },
    },
    async (request, reply) => {
      const { params, query } = request;
      const opened = await openOr404(reply, params.tenant, params.wizard);
      if (!opened) return reply;
      const page = await template();
      if (!page) return notBuilt(request, reply, webRoot);
      const mode = query.embed ?? 'page';
      const embedded = mode !== 'page';
      const cookie = request.cookies?.[VISITOR_COOKIE];
      const visitor = embedded ? visitorIdOf(query.vid) : visitorIdOf(cookie, query.vid);
      const path = `/w/${opened.tenant.slug}/${opened.wizard.slug}`;
      const pageUrl = `${baseUrl(request)}${path}`;
      const attribution = pageAttribution({
        query,
        referrer: embedded ? query.ref : request.headers.referer,
        landingPage: embedded ? (query.landing ?? '') : `${baseUrl(request)}${request.url}`,
      });
      await app.runtime.publicWizards.recordView(opened, {
        visitorId: visitor.id,
        source: viewSource(mode),
        attribution,
      });
      const settings = publicSettingsOf(opened.wizard.definition.settings);
      const parent = query.parent?.toLowerCase().replace(/\/+$/, '');
      const bootstrap: PublicBootstrap = {
        tenant: { slug: opened.tenant.slug, name: opened.tenant.name },
        wizard: {
          slug: opened.wizard.slug,
          name: opened.wizard.definition.name,
          description: opened.wizard.definition.description,
          guide_name: opened.wizard.definition.guide.name,
        },
        branding: opened.tenant.branding,
        mode,
        parent_origin: embedded && parent && settings.allowed_origins.includes(parent) ? parent : null,
        share_values: settings.share_values_with_embedder,
        visitor_id: visitor.id,
        attribution,
      };
      // A cookie only on a top-level page: inside a frame it would be a third-party cookie.
      if (!embedded && visitor.fresh)
        reply.setCookie(VISITOR_COOKIE, visitor.id, {
          path: '/',
          sameSite: 'lax',
          httpOnly: true,
          secure,
          maxAge: VISITOR_COOKIE_MAX_AGE,
        });
      return reply
        .headers({
          'cache-control': 'no-store',
          'content-security-policy': contentSecurityPolicy(page.hashes, {
            frameAncestors: app.runtime.publicWizards.frameAncestors(opened),
          }),
        })
        .type('text/html; charset=utf-8')
        .send(renderPublicPage(page.html, opened, bootstrap, pageUrl));
    },
  );

  app.post(
    '/api/v1/execute/:tenant/:wizard',
    {
      config: {
        rateLimit: {
          max: app.config.GUIDEPOST_RATE_LIMIT_RUN_STARTS,
          timeWindow: '1 minute',
          keyGenerator: (request: FastifyRequest) => `execute:${request.ip}`,
        },
      },
      schema: {
        tags: ['public'],
        summary:
          'Start an anonymous run of a public wizard (answers the run token); browsers only from the allowed origins',
        params: SlugParams,
        body: ExecuteBody,
        response: { 201: ExecuteResponse },
      },
    },
    async (request, reply) => {
      const { body, params } = request;
      const cookie = request.cookies?.[VISITOR_COOKIE];
      const origin = request.headers.origin;
      const started = await app.runtime.publicWizards.start({
        tenantSlug: params.tenant,
        wizardSlug: params.wizard,
        channel: body.channel,
        visitorId: body.visitor_id ?? (isVisitorId(cookie) ? cookie : undefined),
        attribution: body.attribution,
        origin: typeof origin === 'string' ? origin : undefined,
        // This server under either scheme (a TLS proxy in front may hide https from it), and its PUBLIC_URL.
        selfOrigins: [
          `http://${request.host}`.toLowerCase(),
          `https://${request.host}`.toLowerCase(),
          ...(app.config.PUBLIC_URL ? [new URL(app.config.PUBLIC_URL).origin] : []),
        ],
      });
      return reply.code(201).send({
        ...runStateJson(started.view, true),
        run_token: started.runToken,
        greeting: started.greeting?.reply ?? null,
        resume_url: `${baseUrl(request)}${started.resumePath}`,
      });
    },
  );

  app.post(
    '/api/v1/runs/:id/left',
    {
      preHandler: access,
      config: callerRateLimit(app.config.GUIDEPOST_RATE_LIMIT_MESSAGES),
      schema: {
        tags: ['public', 'runs'],
        summary:
          'The visitor left the public page: email the resume link later (once per run, if the run holds an email address and the visitor does not come back)',
        params: RunIdParams,
        response: { 202: z.object({ queued: z.boolean().describe('whether a resume email is now due') }) },
      },
    },
    async (request, reply) => {
      const { run, via } = accessOf(request);
      const token = request.headers[RUN_TOKEN_HEADER];
      if (via !== 'token' || typeof token !== 'string')
        throw new DomainError('forbidden', 'only the visitor holding the run token gets a resume email', {
          invalidParams: [{ name: `header.${RUN_TOKEN_HEADER}`, reason: 'the run token is required' }],
        });
      const queued = await app.runtime.resumeEmails.visitorLeft(run.id, token, baseUrl(request));
      return reply.code(202).send({ queued });
    },
  );
};

export default publicRoutes;
