import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../auth/principal.js';
import {
  CreateSidekickBody,
  SidekickListQuery,
  SidekickParams,
  SidekickSchema,
  SidekickSlugParams,
  sidekickJson,
  UpdateSidekickBody,
} from './schemas.js';

/**
 * Sidekick API, scoped to the caller's tenant: members read, admins and owners create, change and delete.
 * Bodies use the create-a-sidekick wizard's field names, so a completed run's values create a sidekick as
 * they are. Another tenant's sidekick is 404.
 */
const sidekickRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['sidekicks'];
  const security: Array<Record<string, string[]>> = [{ bearer: [] }, { cookie: [] }];
  const read = app.authorize('member');
  const write = app.authorize('admin');
  const sidekicks = () => app.runtime.sidekicks;

  app.get(
    '/api/v1/sidekicks',
    {
      preHandler: read,
      schema: {
        tags,
        security,
        summary: "The tenant's sidekicks, by name (the built-in Farah Qubit included)",
        querystring: SidekickListQuery,
        response: { 200: z.object({ items: z.array(SidekickSchema) }) },
      },
    },
    async (request) => {
      const { tenantId } = principalOf(request);
      await sidekicks().ensureBuiltins(tenantId);
      const { run_id: runId } = request.query;
      if (runId) {
        const made = await sidekicks().findByRun(tenantId, runId);
        return { items: made ? [sidekickJson(made)] : [] };
      }
      return { items: (await sidekicks().list(tenantId)).map(sidekickJson) };
    },
  );

  app.post(
    '/api/v1/sidekicks',
    {
      preHandler: write,
      schema: {
        tags,
        security,
        summary:
          "Create a sidekick (the create-a-sidekick wizard's field names; slug from the name when absent)",
        body: CreateSidekickBody,
        response: { 201: SidekickSchema },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const created = await sidekicks().create(principal.tenantId, request.body, {
        createdBy: principal.via === 'session' ? principal.userId : null,
      });
      return reply.code(201).send(sidekickJson(created));
    },
  );

  app.get(
    '/api/v1/sidekicks/by-slug/:slug',
    {
      preHandler: read,
      schema: {
        tags,
        security,
        summary: 'One sidekick by its web address (slug)',
        params: SidekickSlugParams,
        response: { 200: SidekickSchema },
      },
    },
    async (request) => {
      const { tenantId } = principalOf(request);
      await sidekicks().ensureBuiltins(tenantId);
      return sidekickJson(await sidekicks().getBySlug(tenantId, request.params.slug));
    },
  );

  app.get(
    '/api/v1/sidekicks/:id',
    {
      preHandler: read,
      schema: {
        tags,
        security,
        summary: 'One sidekick',
        params: SidekickParams,
        response: { 200: SidekickSchema },
      },
    },
    async (request) => {
      const { tenantId } = principalOf(request);
      return sidekickJson(await sidekicks().get(tenantId, request.params.id));
    },
  );

  app.patch(
    '/api/v1/sidekicks/:id',
    {
      preHandler: write,
      schema: {
        tags,
        security,
        summary: 'Change a sidekick (any of its fields; null clears an optional one)',
        params: SidekickParams,
        body: UpdateSidekickBody,
        response: { 200: SidekickSchema },
      },
    },
    async (request) => {
      const { tenantId } = principalOf(request);
      return sidekickJson(await sidekicks().update(tenantId, request.params.id, request.body));
    },
  );

  app.delete(
    '/api/v1/sidekicks/:id',
    {
      preHandler: write,
      schema: {
        tags,
        security,
        summary: 'Delete a sidekick (not a built-in one)',
        params: SidekickParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { tenantId } = principalOf(request);
      await sidekicks().delete(tenantId, request.params.id);
      return reply.code(204).send(null);
    },
  );
};

export default sidekickRoutes;
