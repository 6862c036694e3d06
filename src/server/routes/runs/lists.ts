import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import {
  decodeRunCursor,
  encodeRunCursor,
  listRuns,
  listSavedRuns,
  saveRun,
  unsaveRun,
  type RunListFilter,
} from '../../../db/run-queries.js';
import { HttpProblem, notFound } from '../../problem.js';
import { principalMayUse } from '../../runs/run-access.js';
import { getRun } from '../../../db/runs.js';
import { requireRole, signedIn } from './access.js';
import {
  RunIdParams,
  runJson,
  RunListQuery,
  RunListResponse,
  SaveRunBody,
  SavedRunResponse,
  SavedRunsResponse,
  savedRunJson,
} from './schemas.js';

const tags = ['runs'];
const security: Array<Record<string, string[]>> = [{ bearer: [] }, { cookie: [] }];

/** The listing filter of a query (400 problem for a cursor that is not one of ours). */
function filterOf(query: z.infer<typeof RunListQuery>, tenantId: string): RunListFilter {
  const cursor = query.cursor === undefined ? undefined : decodeRunCursor(query.cursor);
  if (cursor === null)
    throw new HttpProblem(400, 'query.cursor: is not a cursor this API gave out', {
      invalid_params: [{ name: 'query.cursor', reason: 'is not a cursor this API gave out' }],
    });
  return {
    tenantId,
    wizardId: query.wizard_id,
    status: query.status,
    channel: query.channel,
    createdFrom: query.created_from ? new Date(query.created_from) : undefined,
    createdTo: query.created_to ? new Date(query.created_to) : undefined,
    cursor,
    limit: query.limit,
  };
}

/**
 * Run lists: every run of the tenant (admins), "my runs" (the runs the caller started), and saved runs
 * (star a run with a note, unstar it, list them). Newest first, cursor-paginated on (created_at, id).
 */
const listRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.get(
    '/runs',
    {
      preHandler: requireRole(app, 'admin'),
      schema: {
        tags,
        security,
        summary: "The tenant's runs (admins): filter by wizard, status, channel, creation time",
        querystring: RunListQuery,
        response: { 200: RunListResponse },
      },
    },
    async (request) => {
      const page = await listRuns(db, filterOf(request.query, signedIn(request).tenantId));
      return {
        runs: page.runs.map(runJson),
        next_cursor: page.nextCursor ? encodeRunCursor(page.nextCursor) : null,
      };
    },
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
      const page = await listRuns(db, {
        ...filterOf(request.query, principal.tenantId),
        userId: principal.userId,
      });
      return {
        runs: page.runs.map(runJson),
        next_cursor: page.nextCursor ? encodeRunCursor(page.nextCursor) : null,
      };
    },
  );

  app.get(
    '/runs/saved',
    {
      preHandler: requireRole(app),
      schema: { tags, security, summary: "The caller's saved runs", response: { 200: SavedRunsResponse } },
    },
    async (request) => {
      const principal = signedIn(request);
      const saved = await listSavedRuns(db, principal.userId, principal.tenantId);
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
      const principal = signedIn(request);
      const run = await getRun(db, request.params.id);
      if (!run || !principalMayUse(principal, run)) throw notFound(`run ${request.params.id}`);
      const saved = await saveRun(db, {
        userId: principal.userId,
        tenantId: principal.tenantId,
        runId: run.id,
        note: request.body?.note,
      });
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
      const principal = signedIn(request);
      if (!(await unsaveRun(db, principal.userId, request.params.id)))
        throw notFound(`saved run ${request.params.id}`);
      return reply.code(204).send();
    },
  );
};

export default listRoutes;
