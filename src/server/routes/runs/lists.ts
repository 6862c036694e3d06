import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ListedRunPage } from '../../../runs/run-records.js';
import { requireRole, signedIn } from './access.js';
import exportRoutes from './export.js';
import {
  filterOf,
  RunIdParams,
  runListJson,
  RunListQuery,
  RunListResponse,
  SaveRunBody,
  SavedRunResponse,
  SavedRunsResponse,
  savedRunJson,
} from './schemas.js';

const tags = ['runs'];
const security: Array<Record<string, string[]>> = [{ bearer: [] }, { cookie: [] }];

/** A page of runs as the API shows it. */
function pageJson(page: ListedRunPage) {
  return { runs: page.runs.map(runListJson), next_cursor: page.nextCursor };
}

/**
 * Run lists: every run of the tenant (admins), "my runs" (the runs the caller started), and saved runs
 * (star a run with a note, unstar it, list them). Newest first, cursor-paginated on (created_at, id), with a
 * search (`q`) over values, visitor id and run id. The export of runs is in ./export.ts.
 */
const listRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/runs',
    {
      preHandler: requireRole(app, 'admin'),
      schema: {
        tags,
        security,
        summary: "The tenant's runs (admins): filter by wizard, status, channel, creation time, search",
        querystring: RunListQuery,
        response: { 200: RunListResponse },
      },
    },
    async (request) =>
      pageJson(await app.runRecords.list(filterOf(request.query, signedIn(request).tenantId))),
  );

  app.get(
    '/runs/mine',
    {
      preHandler: requireRole(app),
      schema: {
        tags,
        security,
        summary: 'The runs the caller started, in the tenant they act in',
        querystring: RunListQuery,
        response: { 200: RunListResponse },
      },
    },
    async (request) => {
      const principal = signedIn(request);
      const page = await app.runRecords.list({
        ...filterOf(request.query, principal.tenantId),
        userId: principal.userId,
      });
      return pageJson(page);
    },
  );

  app.get(
    '/runs/saved',
    {
      preHandler: requireRole(app),
      schema: { tags, security, summary: "The caller's saved runs", response: { 200: SavedRunsResponse } },
    },
    async (request) => {
      const saved = await app.runRecords.saved(signedIn(request));
      return { saved: saved.map(savedRunJson) };
    },
  );

  app.put(
    '/runs/:id/saved',
    {
      preHandler: requireRole(app),
      schema: {
        tags,
        security,
        summary: "Star a run into the caller's saved runs, with a note (again: replaces the note)",
        params: RunIdParams,
        body: SaveRunBody,
        response: { 200: SavedRunResponse },
      },
    },
    async (request) => {
      const saved = await app.runRecords.save(signedIn(request), request.params.id, request.body?.note);
      return savedRunJson(saved);
    },
  );

  app.delete(
    '/runs/:id/saved',
    {
      preHandler: requireRole(app),
      schema: { tags, security, summary: 'Unstar a run', params: RunIdParams },
    },
    async (request, reply) => {
      await app.runRecords.unsave(signedIn(request), request.params.id);
      return reply.code(204).send();
    },
  );

  await app.register(exportRoutes);
};

export default listRoutes;
