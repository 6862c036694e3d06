import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SidekickParams } from '../chat/schemas.js';
import { qualityRouteKit } from './route-kit.js';
import { GateBody, GateParams, GateSchema } from './schemas.js';

/**
 * Quality gates of a sidekick's prompt versions, under `/api/v1/sidekicks/:id/quality/gates`: a gated version is
 * activated only when its suite passes (the activation answers 409 with the failing cases otherwise). Members
 * read; admins change. Another tenant's sidekick is 404.
 */
const qualityGateRoutes: FastifyPluginAsyncZod = async (app) => {
  const { tags, security, read, write, quality, base, tenant } = qualityRouteKit(app);

  app.get(
    `${base}/gates`,
    {
      preHandler: read,
      schema: {
        tags,
        security,
        summary: "The quality gates of the sidekick's prompt versions",
        params: SidekickParams,
        response: { 200: z.object({ items: z.array(GateSchema) }) },
      },
    },
    async (request) => ({ items: await quality().listGates(tenant(request), request.params.id) }),
  );

  app.put(
    `${base}/gates/:layer/:number`,
    {
      preHandler: write,
      schema: {
        tags,
        security,
        summary:
          'Mark a prompt version "activate only if its suite passes", with a minimum score per criterion',
        params: GateParams,
        body: GateBody,
        response: { 200: GateSchema },
      },
    },
    async (request) =>
      quality().setGate(
        tenant(request),
        request.params.id,
        request.params.layer,
        request.params.number,
        request.body,
      ),
  );

  app.delete(
    `${base}/gates/:layer/:number`,
    {
      preHandler: write,
      schema: { tags, security, summary: "Remove a prompt version's gate", params: GateParams },
    },
    async (request, reply) => {
      await quality().deleteGate(
        tenant(request),
        request.params.id,
        request.params.layer,
        request.params.number,
      );
      return reply.code(204).send();
    },
  );
};

export default qualityGateRoutes;
