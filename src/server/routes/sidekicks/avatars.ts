import rateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { drawAvatar } from '../../../sidekicks/avatar-drawing.js';
import { principalOf } from '../../auth/principal.js';
import { SidekickParams, SidekickSchema, sidekickJson } from './schemas.js';

/**
 * Avatars: a sidekick's stored image (tenant members; ETag + Cache-Control, 304 on If-None-Match), redrawing
 * it (admins), and a public preview of the embedded generator for a prompt (what the wizard's "Generate"
 * button and the guide's `wizard_generate_avatar` show before the sidekick exists: deterministic, no tenant
 * data, cacheable for a year).
 */
const avatarRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(rateLimit, { global: false });
  const tags = ['sidekicks'];
  const security: Array<Record<string, string[]>> = [{ bearer: [] }, { cookie: [] }];

  app.get(
    '/api/v1/sidekicks/:id/avatar',
    {
      preHandler: app.authorize('member'),
      schema: {
        tags,
        security,
        summary: "A sidekick's avatar image (SVG or PNG), with ETag and Cache-Control",
        params: SidekickParams,
        querystring: z.object({
          v: z.string().max(64).optional().describe('cache buster (the ETag prefix)'),
        }),
      },
    },
    async (request, reply) => {
      const { tenantId } = principalOf(request);
      const image = await app.runtime.sidekicks.avatar(tenantId, request.params.id);
      return sendImage(request, reply, image, 'private, max-age=86400');
    },
  );

  app.post(
    '/api/v1/sidekicks/:id/avatar',
    {
      preHandler: app.authorize('admin'),
      schema: {
        tags,
        security,
        summary: 'Redraw the avatar (from a new prompt, or the stored one)',
        params: SidekickParams,
        body: z.strictObject({ prompt: z.string().max(1000).nullable().optional() }),
        response: { 200: SidekickSchema },
      },
    },
    async (request) => {
      const { tenantId } = principalOf(request);
      const view = await app.runtime.sidekicks.regenerateAvatar(
        tenantId,
        request.params.id,
        request.body.prompt,
      );
      return sidekickJson(view);
    },
  );

  app.get(
    '/api/v1/avatars/preview',
    {
      config: { rateLimit: { max: 120, timeWindow: 60_000 } },
      schema: {
        tags,
        summary: 'The embedded generator\'s avatar for a prompt (SVG; "a purple robot" draws a purple robot)',
        querystring: z.strictObject({
          prompt: z.string().max(1000).default(''),
          seed: z.string().max(200).default('guidepost').describe('seeds an empty prompt, e.g. the name'),
        }),
      },
    },
    async (request, reply) => {
      const drawn = drawAvatar(request.query.prompt, request.query.seed);
      reply.header('x-avatar-style', drawn.style);
      return sendImage(request, reply, drawn, 'public, max-age=31536000, immutable');
    },
  );
};

/** Sends image bytes with a strong ETag and Cache-Control; 304 when If-None-Match matches. */
function sendImage(
  request: FastifyRequest,
  reply: FastifyReply,
  image: { data: Buffer; contentType: string; etag: string },
  cacheControl: string,
) {
  const etag = `"${image.etag}"`;
  reply.header('etag', etag).header('cache-control', cacheControl);
  // An SVG is an active document: never let it run script if opened directly.
  reply.header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox");
  const match = request.headers['if-none-match'];
  if (match && match.split(',').some((t) => t.trim() === etag)) return reply.code(304).send();
  return reply.type(image.contentType).send(image.data);
}

export default avatarRoutes;
