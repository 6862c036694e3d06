import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { snapshotRun } from '../../../core/wizard/snapshot.js';
import type { Db } from '../../../db/client.js';
import {
  encodeRunCursor,
  listRuns,
  listSavedRuns,
  loadDefinitions,
  saveRun,
  unsaveRun,
  versionKey,
  type RunListItem,
} from '../../../db/run-queries.js';
import { notFound } from '../../problem.js';
import { principalMayUse } from '../../auth/run-access.js';
import { getRun } from '../../../db/runs.js';
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
  type RunProgress,
} from './schemas.js';

const tags = ['runs'];
const security: Array<Record<string, string[]>> = [{ bearer: [] }, { cookie: [] }];

/**
 * Each run's progress (required fields answered of those required, as the player counts them) from its
 * values and its pinned version's definition; null for a run whose version cannot be read.
 */
async function progressOf(db: Db, items: readonly RunListItem[]): Promise<Array<RunProgress | null>> {
  const definitions = await loadDefinitions(
    db,
    items.map((r) => ({ wizardId: r.wizardId, version: r.wizardVersion })),
  );
  return items.map((run) => {
    const definition = definitions.get(versionKey(run.wizardId, run.wizardVersion));
    if (!definition) return null;
    const at = run.updatedAt.toISOString();
    return snapshotRun(definition, {
      wizard_id: run.wizardId,
      wizard_version: run.wizardVersion,
      status: run.status === 'created' ? 'active' : run.status,
      current_step_id: run.currentStepId ?? definition.steps[0]?.id ?? '',
      values: run.values,
      provenance: {},
      history: [],
      reference_date: at.slice(0, 10),
      started_at: run.createdAt.toISOString(),
      updated_at: at,
      event_count: run.lastSeq,
    }).progress;
  });
}

/** A page of runs as the API shows it, with each run's progress. */
async function pageJson(db: Db, page: Awaited<ReturnType<typeof listRuns>>) {
  const progress = await progressOf(db, page.runs);
  return {
    runs: page.runs.map((run, i) => runListJson(run, progress[i] ?? null)),
    next_cursor: page.nextCursor ? encodeRunCursor(page.nextCursor) : null,
  };
}

/**
 * Run lists: every run of the tenant (admins), "my runs" (the runs the caller started), and saved runs
 * (star a run with a note, unstar it, list them). Newest first, cursor-paginated on (created_at, id), with a
 * search (`q`) over values, visitor id and run id. The export of runs is in ./export.ts.
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
        summary: "The tenant's runs (admins): filter by wizard, status, channel, creation time, search",
        querystring: RunListQuery,
        response: { 200: RunListResponse },
      },
    },
    async (request) => pageJson(db, await listRuns(db, filterOf(request.query, signedIn(request).tenantId))),
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
      return pageJson(db, page);
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
      const progress = await progressOf(
        db,
        saved.map((s) => s.run),
      );
      return { saved: saved.map((s, i) => savedRunJson(s, progress[i] ?? null)) };
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
      const [progress] = await progressOf(db, [saved.run]);
      return savedRunJson(saved, progress ?? null);
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

  await app.register(exportRoutes);
};

export default listRoutes;
