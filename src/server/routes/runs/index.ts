import rateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HttpProblem } from '../../problem.js';
import { minuteLimits } from '../../rate-limits.js';
import { accessOf, callerOf, callerRateLimit, runAccessHook } from './access.js';
import actionLogRoutes from './action-logs.js';
import fileRoutes from './files.js';
import liveRoutes from './live.js';
import listRoutes from './lists.js';
import {
  AbandonBody,
  AfterSeqQuery,
  EventsResponse,
  MessageBody,
  MessageResponse,
  NavigateBody,
  ApplyBody,
  RunIdParams,
  RunStateSchema,
  runStateJson,
  SetValuesBody,
  SetValuesResponse,
  StartRunBody,
  StartRunResponse,
  TranscriptResponse,
  turnJson,
} from './schemas.js';

const tags = ['runs'];
const security: Array<Record<string, string[]>> = [{ bearer: [] }, { cookie: [] }, { runToken: [] }];

/**
 * The runs API under `/api/v1`: start a run, read its state, set values, navigate, talk to the guide,
 * complete, abandon, its event log and transcript; files of file fields (./files.ts); lists and saved runs
 * (./lists.ts); live updates (./live.ts). Run routes take a signed-in caller of the run's tenant or the run's
 * `X-Run-Token`. Starting a run and sending a message are rate-limited per caller and minute
 * (GUIDEPOST_RATE_LIMIT_RUN_STARTS, _MESSAGES); setting values per client address and per run (the run's
 * token or a signed-in caller reaches one run) and minute (GUIDEPOST_RATE_LIMIT_VALUES_PER_IP, _VALUES).
 */
const runRoutes: FastifyPluginAsyncZod = async (app) => {
  // Per-route limits only: a global limit would break WebSocket upgrades.
  if (!app.hasDecorator('rateLimit')) await app.register(rateLimit, { global: false });
  app.decorateRequest('runAccess', null);
  const access = runAccessHook(app);
  const formCommand = runAccessHook(app, { heldRow: true });

  app.post(
    '/runs',
    {
      config: callerRateLimit(app.config.GUIDEPOST_RATE_LIMIT_RUN_STARTS),
      schema: {
        tags,
        summary: 'Start a run of the latest published version (anonymous visitors get a run token)',
        body: StartRunBody,
        response: { 201: StartRunResponse },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const started = await app.runs.start(
        {
          wizardId: b.wizard_id,
          slug: b.slug,
          tenant: b.tenant,
          channel: b.channel,
          visitorId: b.visitor_id,
          metadata: b.metadata,
          referenceDate: b.reference_date,
          brain: b.brain,
        },
        callerOf(request),
      );
      return reply.code(201).send({
        ...runStateJson(started.view, true),
        run_token: started.runToken,
        greeting: started.greeting?.reply ?? null,
      });
    },
  );

  app.get(
    '/runs/:id',
    {
      preHandler: access,
      schema: {
        tags,
        security,
        summary: "A run's state: snapshot, values and provenance",
        params: RunIdParams,
        response: { 200: RunStateSchema },
      },
    },
    async (request) => {
      const access = accessOf(request);
      const startedBy = await app.runRecords.startedBy(access);
      return { ...runStateJson(await app.runs.view(access.run), true), started_by: startedBy };
    },
  );

  // Per address before the run is looked up, per run (its token or a signed-in caller) after.
  const valuesPerIp = minuteLimits(app, [
    {
      what: 'your address',
      max: app.config.GUIDEPOST_RATE_LIMIT_VALUES_PER_IP,
      key: (request) => `values-ip:${request.ip}`,
    },
  ]);
  const valuesPerRun = minuteLimits(app, [
    {
      what: 'this run',
      max: app.config.GUIDEPOST_RATE_LIMIT_VALUES,
      key: (request) => `values-run:${(request.params as { id: string }).id}`,
    },
  ]);

  app.patch(
    '/runs/:id/values',
    {
      preHandler: [valuesPerIp, formCommand, valuesPerRun],
      schema: {
        tags,
        security,
        summary:
          'Set field values from the form (null clears); valid ones apply, each invalid one is a 422 entry',
        params: RunIdParams,
        body: SetValuesBody,
        response: { 200: SetValuesResponse },
      },
    },
    async (request) => {
      const result = await app.runs.setValues(accessOf(request).run, request.body.values);
      const state = runStateJson(result.view);
      if (result.invalid.length > 0)
        throw new HttpProblem(
          422,
          `some values were refused: ${result.invalid.map((p) => `${p.name}: ${p.reason}`).join('; ')}`,
          { invalid_params: result.invalid, applied: result.applied, state },
        );
      return { ...state, applied: result.applied };
    },
  );

  app.post(
    '/runs/:id/navigate',
    {
      preHandler: formCommand,
      schema: {
        tags,
        security,
        summary: 'Go to the next or previous step, or to a step',
        params: RunIdParams,
        body: NavigateBody,
        response: { 200: RunStateSchema },
      },
    },
    async (request) => {
      const { run } = accessOf(request);
      const { action, step_id: stepId } = request.body;
      if (action === 'go_to' && !(await app.runs.view(run)).definition.steps.some((s) => s.id === stepId))
        throw new HttpProblem(422, `cannot go to ${stepId}: the wizard has no such step`, {
          invalid_params: [{ name: 'body.step_id', reason: 'is not a step of this wizard' }],
        });
      return runStateJson(await app.runs.navigate(run, action, stepId));
    },
  );

  app.post(
    '/runs/:id/apply',
    {
      preHandler: formCommand,
      schema: {
        tags,
        security,
        summary: 'Press an apply_button field: fires optionSet.onApply of the option set it applies',
        params: RunIdParams,
        body: ApplyBody,
        response: { 200: RunStateSchema },
      },
    },
    async (request) => runStateJson(await app.runs.applyOptionSet(accessOf(request).run, request.body.field)),
  );

  app.post(
    '/runs/:id/messages',
    {
      preHandler: access,
      config: callerRateLimit(app.config.GUIDEPOST_RATE_LIMIT_MESSAGES),
      schema: {
        tags,
        security,
        summary: "Send a user message to the run's guide; returns its reply, tool calls and events",
        params: RunIdParams,
        body: MessageBody,
        response: { 200: MessageResponse },
      },
    },
    async (request) =>
      turnJson(await app.runs.sendMessage(accessOf(request).run, request.body.text, request.body.brain)),
  );

  app.post(
    '/runs/:id/complete',
    {
      preHandler: formCommand,
      schema: { tags, security, params: RunIdParams, response: { 200: RunStateSchema } },
    },
    async (request) => runStateJson(await app.runs.complete(accessOf(request).run)),
  );

  app.post(
    '/runs/:id/abandon',
    {
      preHandler: formCommand,
      schema: { tags, security, params: RunIdParams, body: AbandonBody, response: { 200: RunStateSchema } },
    },
    async (request) => runStateJson(await app.runs.abandon(accessOf(request).run, request.body?.reason)),
  );

  app.get(
    '/runs/:id/events',
    {
      preHandler: access,
      schema: {
        tags,
        security,
        summary: "The run's event log after `after_seq`",
        params: RunIdParams,
        querystring: AfterSeqQuery,
        response: { 200: EventsResponse },
      },
    },
    async (request) => {
      const log = await app.runRecords.events(accessOf(request).run, request.query.after_seq);
      return { events: log.events, last_seq: log.lastSeq };
    },
  );

  app.get(
    '/runs/:id/transcript',
    {
      preHandler: access,
      schema: { tags, security, params: RunIdParams, response: { 200: TranscriptResponse } },
    },
    async (request) => {
      const entries = await app.runRecords.transcript(accessOf(request).run.id);
      return {
        entries: entries.map((e) => ({ seq: e.seq, role: e.role, text: e.text, at: e.at.toISOString() })),
      };
    },
  );

  await app.register(fileRoutes);
  await app.register(actionLogRoutes);
  await app.register(listRoutes);
  await app.register(liveRoutes);
};

export default runRoutes;
