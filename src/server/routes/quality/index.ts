import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SidekickParams } from '../chat/schemas.js';
import { qualityRouteKit } from './route-kit.js';
import {
  CaseBody,
  CaseParams,
  CasePatchBody,
  CaseSchema,
  CompareQuery,
  CreateSuiteBody,
  RenameSuiteBody,
  ResultSchema,
  RunParams,
  RunSchema,
  RunsQuery,
  RunWithResultsSchema,
  StartRunBody,
  SuiteParams,
  SuiteSchema,
  SuiteWithCasesSchema,
} from './schemas.js';

/**
 * A sidekick's quality, under `/api/v1/sidekicks/:id/quality`: suites and their cases, runs (queued jobs with
 * progress), the dashboard and comparisons of two runs (gates on prompt versions: ./gates.ts). Members read;
 * admins change and run. Another tenant's sidekick, suite, case or run is 404.
 */
const qualityRoutes: FastifyPluginAsyncZod = async (app) => {
  const { tags, security, read, write, quality, base, tenant } = qualityRouteKit(app);

  app.get(
    `${base}/suites`,
    {
      preHandler: read,
      schema: {
        tags,
        security,
        summary: "A sidekick's test suites with their number of cases",
        params: SidekickParams,
        response: { 200: z.object({ items: z.array(SuiteSchema.extend({ cases: z.number().int() })) }) },
      },
    },
    async (request) => ({ items: await quality().listSuites(tenant(request), request.params.id) }),
  );

  app.post(
    `${base}/suites`,
    {
      preHandler: write,
      schema: {
        tags,
        security,
        summary: "Create a suite, by default with 15 starter cases generated from the sidekick's documents",
        params: SidekickParams,
        body: CreateSuiteBody,
        response: { 201: SuiteWithCasesSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await quality().createSuite(tenant(request), request.params.id, request.body)),
  );

  app.get(
    `${base}/suites/:suiteId`,
    {
      preHandler: read,
      schema: {
        tags,
        security,
        summary: 'A suite with its cases',
        params: SuiteParams,
        response: { 200: SuiteWithCasesSchema },
      },
    },
    async (request) => quality().getSuite(tenant(request), request.params.id, request.params.suiteId),
  );

  app.patch(
    `${base}/suites/:suiteId`,
    {
      preHandler: write,
      schema: {
        tags,
        security,
        summary: 'Rename a suite',
        params: SuiteParams,
        body: RenameSuiteBody,
        response: { 200: SuiteSchema },
      },
    },
    async (request) =>
      quality().renameSuite(tenant(request), request.params.id, request.params.suiteId, request.body.name),
  );

  app.delete(
    `${base}/suites/:suiteId`,
    {
      preHandler: write,
      schema: {
        tags,
        security,
        summary: 'Delete a suite with its cases, runs and gates',
        params: SuiteParams,
      },
    },
    async (request, reply) => {
      await quality().deleteSuite(tenant(request), request.params.id, request.params.suiteId);
      return reply.code(204).send();
    },
  );

  app.post(
    `${base}/suites/:suiteId/cases`,
    {
      preHandler: write,
      schema: {
        tags,
        security,
        summary: "Add a case (expected sources must be the sidekick's documents)",
        params: SuiteParams,
        body: CaseBody,
        response: { 201: CaseSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await quality().addCase(tenant(request), request.params.id, request.params.suiteId, request.body),
        ),
  );

  app.patch(
    `${base}/suites/:suiteId/cases/:caseId`,
    {
      preHandler: write,
      schema: {
        tags,
        security,
        summary: 'Change a case',
        params: CaseParams,
        body: CasePatchBody,
        response: { 200: CaseSchema },
      },
    },
    async (request) =>
      quality().updateCase(
        tenant(request),
        request.params.id,
        request.params.suiteId,
        request.params.caseId,
        request.body,
      ),
  );

  app.delete(
    `${base}/suites/:suiteId/cases/:caseId`,
    {
      preHandler: write,
      schema: { tags, security, summary: 'Delete a case', params: CaseParams },
    },
    async (request, reply) => {
      await quality().deleteCase(
        tenant(request),
        request.params.id,
        request.params.suiteId,
        request.params.caseId,
      );
      return reply.code(204).send();
    },
  );

  app.post(
    `${base}/suites/:suiteId/runs`,
    {
      preHandler: write,
      schema: {
        tags,
        security,
        summary:
          'Run a suite against a prompt version (or the active ones) as a background job; poll the run for progress',
        params: SuiteParams,
        body: StartRunBody,
        response: { 202: RunSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(202)
        .send(
          await quality().startRun(
            tenant(request),
            request.params.id,
            request.params.suiteId,
            request.body?.prompt,
          ),
        ),
  );

  app.get(
    `${base}/runs`,
    {
      preHandler: read,
      schema: {
        tags,
        security,
        summary: "A sidekick's runs (of one suite), newest first, with progress",
        params: SidekickParams,
        querystring: RunsQuery,
        response: { 200: z.object({ items: z.array(RunSchema) }) },
      },
    },
    async (request) => ({
      items: await quality().listRuns(tenant(request), request.params.id, request.query.suite_id),
    }),
  );

  app.get(
    `${base}/runs/:runId`,
    {
      preHandler: read,
      schema: {
        tags,
        security,
        summary:
          'A run with its progress, means per criterion and every answer with its citations and scores',
        params: RunParams,
        response: { 200: RunWithResultsSchema },
      },
    },
    async (request) => quality().getRun(tenant(request), request.params.id, request.params.runId),
  );

  app.get(
    `${base}/suites/:suiteId/dashboard`,
    {
      preHandler: read,
      schema: {
        tags,
        security,
        summary:
          "A suite's dashboard: its runs oldest first with their means, and the latest run's worst cases",
        params: SuiteParams,
        response: {
          200: z.object({
            runs: z.array(RunSchema),
            worst: z.array(ResultSchema),
            worst_run_id: z.string().nullable(),
          }),
        },
      },
    },
    async (request) => quality().dashboard(tenant(request), request.params.id, request.params.suiteId),
  );

  app.get(
    `${base}/compare`,
    {
      preHandler: read,
      schema: {
        tags,
        security,
        summary: 'Two runs side by side (e.g. of two prompt versions): means, and per case both answers',
        params: SidekickParams,
        querystring: CompareQuery,
        response: {
          200: z.object({
            a: RunSchema,
            b: RunSchema,
            cases: z.array(
              z.object({
                case_id: z.string(),
                question: z.string(),
                a: ResultSchema.nullable(),
                b: ResultSchema.nullable(),
              }),
            ),
          }),
        },
      },
    },
    async (request) =>
      quality().compare(tenant(request), request.params.id, request.query.a, request.query.b),
  );
};

export default qualityRoutes;
