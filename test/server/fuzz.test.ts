import { beforeAll, expect, it } from 'vitest';
import { leadWizard } from '../db/fixtures.js';
import { describeEachApp } from './app.js';
import { addUser, signUp, type TestAccount } from './auth-helpers.js';
import { startFilesRun } from './files-helpers.js';
import { bodyVariants, PATH_VALUES, QUERY_VALUES, type Schema } from './fuzz-inputs.js';
import type { StartedRun } from './runs-helpers.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
interface Operation {
  parameters?: Array<{ in: string; name: string }>;
  requestBody?: { content: Record<string, { schema?: Schema }> };
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
}
interface Route {
  method: Method;
  path: string;
  operation: Operation;
}

const HIGH = '1000000';
const LIMITS: Record<string, string> = Object.fromEntries(
  ['RUN_STARTS', 'MESSAGES', 'UPLOADS', 'SIGN_IN', 'SIGN_UP', 'VALUES', 'VALUES_PER_IP'].map((name) => [
    `GUIDEPOST_RATE_LIMIT_${name}`,
    HIGH,
  ]),
);

/** The fuzzed server's settings: rate limits out of the way, and LiveKit configured so voice routes do their work. */
const ENV = {
  ...LIMITS,
  LIVEKIT_URL: 'wss://fuzz.livekit.example',
  LIVEKIT_API_KEY: 'fuzz-key',
  LIVEKIT_API_SECRET: 'fuzz-secret-fuzz-secret-fuzz-secret',
};

/**
 * Routes whose every answer here is a 503 problem by design: they need a service this test leaves
 * unconfigured (SMTP for test emails) and say which setting is missing, whatever the input.
 */
const NEEDS_UNCONFIGURED_SERVICE = new Set(['POST /api/v1/wizards/{wizardId}/notifications/email/test']);

/** Bodies the routes accept, for those whose schema says too little to build one (loose objects, records). */
function samples(): Record<string, unknown> {
  const wizard = leadWizard({ slug: 'fuzz-sample', id: 'fuzz-sample' });
  return {
    'POST /api/v1/wizards': wizard,
    'PUT /api/v1/wizards/{id}': wizard,
    'POST /api/v1/wizards/validate': wizard,
    'POST /api/v1/wizards/import': { version: 1, wizard },
    'PATCH /api/v1/runs/{id}/values': { values: { full_name: 'Ada', email: 'ada@example.com' } },
    'POST /api/v1/runs': { slug: 'fuzz-lead', channel: 'form', metadata: { utm_source: 'x' } },
  };
}

/** Routes that read first, then change, then end things (so a success does not hide the routes after it). */
function order(route: Route): number {
  if (route.method === 'DELETE') return 3;
  if (/\/(abandon|complete|archive|sign-out|switch-tenant)$/.test(route.path)) return 2;
  return route.method === 'GET' ? 0 : 1;
}

/**
 * Every route of the OpenAPI document gets a bounded set of malformed inputs (bodies, queries, path
 * parameters: bad JSON, wrong types, NUL bytes, lone surrogates, huge strings and numbers, deep nesting,
 * oversize bodies, bad multipart) from a signed-in superadmin who may use every resource named in the path.
 * No answer may be a 5xx, and every 4xx must be problem+json.
 */
describeEachApp(
  'fuzz: malformed input on every route',
  (ctx) => {
    let owner: TestAccount;
    let member: TestAccount;
    let run: StartedRun;
    let filesRun: StartedRun;
    let ids: Record<string, string>;
    let routes: Route[] = [];

    beforeAll(async () => {
      owner = await signUp(ctx.app, 'fuzz-owner@example.com');
      member = await addUser(ctx.app, owner, 'fuzz-member@example.com', 'member');
      const as = (method: Method, url: string, payload?: object) =>
        ctx.app.inject({ method, url, headers: owner.headers, ...(payload ? { payload } : {}) });
      const wizard = (await as('POST', '/api/v1/wizards', leadWizard({ slug: 'fuzz-lead' }))).json<{
        id: string;
      }>();
      await as('POST', `/api/v1/wizards/${wizard.id}/publish`, {});
      const endpoint = await as('POST', `/api/v1/wizards/${wizard.id}/webhooks`, {
        url: 'https://example.com/hook',
        events: ['run.completed'],
      });
      const key = await as('POST', '/api/v1/api-keys', { name: 'fuzz' });
      const started = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/runs',
        payload: { wizard_id: wizard.id, channel: 'form' },
      });
      const body = started.json<{ run: { id: string }; run_token: string }>();
      run = {
        id: body.run.id,
        token: body.run_token,
        headers: { 'x-run-token': body.run_token },
        body: body as never,
      };
      filesRun = await startFilesRun(ctx.app, owner, 'fuzz-files');
      ids = {
        wizardId: wizard.id,
        endpointId: endpoint.json<{ id: string }>().id,
        keyId: key.json<{ id: string }>().id,
        userId: member.userId,
        stepId: 'contact',
        version: '1',
        fileId: '00000000-0000-4000-8000-000000000000',
        deliveryId: '00000000-0000-4000-8000-000000000000',
      };
      const doc = (await ctx.app.inject({ url: '/api/docs/json' })).json<OpenApi>();
      routes = Object.entries(doc.paths)
        .flatMap(([path, operations]) =>
          Object.entries(operations).map(([method, operation]) => ({
            method: method.toUpperCase() as Method,
            path,
            operation,
          })),
        )
        .sort((a, b) => order(a) - order(b));
    });

    /** The run a path works on: the files run for file routes, else the lead run. */
    const runOf = (path: string) => (path.includes('/files') ? filesRun : run);

    /** The path with `{param}`s filled with real ids, or with `bad` for every one. */
    function fill(path: string, bad?: string): string {
      return path.replace(/\{(\w+)\}/g, (_, name: string) => {
        if (bad !== undefined) return bad;
        if (name === 'id') {
          if (path.startsWith('/api/v1/runs/')) return runOf(path).id;
          if (path.startsWith('/api/v1/api-keys/')) return ids.keyId!;
          return ids.wizardId!;
        }
        return ids[name] ?? 'x';
      });
    }

    /** Credentials for a route: anonymous for sign-out and live streams (which would not end), else both. */
    function headersOf(route: Route): Record<string, string> {
      if (route.path.endsWith('/sign-out') || route.path.endsWith('/stream')) return {};
      return { ...owner.headers, ...runOf(route.path).headers };
    }

    it('reads a document with every route', () => {
      expect(routes.length).toBeGreaterThan(50);
    });

    it('answers every malformed input on every route with a 4xx problem or a success, never a 5xx', async () => {
      const failures: string[] = [];
      const bodyLimit = ctx.config.BODY_LIMIT_BYTES;
      for (const route of routes) {
        const params = route.operation.parameters ?? [];
        const query = params.filter((p) => p.in === 'query').map((p) => p.name);
        const baseQuery = route.path.endsWith('/files') && route.method === 'POST' ? '?field=cv' : '';
        const headers = headersOf(route);
        const requests: Array<{
          what: string;
          url: string;
          payload?: string | Buffer;
          contentType?: string;
        }> = [];
        if (route.method !== 'GET') {
          const schema = route.operation.requestBody?.content['application/json']?.schema;
          const sample = samples()[`${route.method} ${route.path}`];
          for (const variant of bodyVariants(schema, bodyLimit, sample))
            requests.push({ ...variant, url: fill(route.path) + baseQuery });
        }
        for (const value of QUERY_VALUES)
          if (query.length > 0)
            requests.push({
              what: `query ${value.slice(0, 20)}`,
              url: `${fill(route.path)}?${query.map((name) => `${name}=${value}`).join('&')}`,
            });
        if (route.path.includes('{'))
          for (const value of PATH_VALUES)
            requests.push({ what: `path ${value.slice(0, 20)}`, url: fill(route.path, value) });
        for (const request of requests) {
          const response = await ctx.app.inject({
            method: route.method,
            url: request.url,
            headers: { ...headers, ...(request.contentType ? { 'content-type': request.contentType } : {}) },
            ...(request.payload !== undefined ? { payload: request.payload } : {}),
          });
          const type = String(response.headers['content-type'] ?? '');
          const unconfigured =
            response.statusCode === 503 && NEEDS_UNCONFIGURED_SERVICE.has(`${route.method} ${route.path}`);
          if (
            (response.statusCode >= 500 && !unconfigured) ||
            (response.statusCode >= 400 && !type.includes('application/problem+json'))
          )
            failures.push(
              `${route.method} ${route.path} with ${request.what}: ${response.statusCode} ${type} ${response.body.slice(0, 200)}`,
            );
        }
      }
      expect(failures).toEqual([]);
    }, 300_000); // hundreds of requests; a loaded 2-core CI machine needs more than the default minute
  },
  ENV,
);
