import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/db/client.js';
import { describeEachApp } from './app.js';
import { addUser, signUp, type TestAccount } from './auth-helpers.js';

interface ApiConfigJson {
  id: string;
  name: string;
  base_url: string;
  auth_type: string;
  auth_param_name: string | null;
  has_credentials: boolean;
  default_headers: Record<string, string>;
  timeout_ms: number;
}

/** The credentials used in this file: none may ever come back in an answer or sit in a row as plain text. */
const SECRETS = ['tok-SECRET-aaaa', 'ada:pw-SECRET-bbbb', 'key-SECRET-cccc', 'key-SECRET-dddd'];

async function call(
  app: FastifyInstance,
  account: TestAccount,
  method: string,
  url: string,
  payload?: unknown,
) {
  const response = await app.inject({
    method: method as 'GET',
    url,
    headers: account.headers,
    ...(payload !== undefined ? { payload: payload as object } : {}),
  });
  for (const secret of SECRETS) expect(response.body, `${method} ${url}`).not.toContain(secret);
  return response;
}

describeEachApp(
  'API configuration API',
  (ctx) => {
    let admin: TestAccount;
    let member: TestAccount;
    let stranger: TestAccount;
    let id: string;
    beforeAll(async () => {
      admin = await signUp(ctx.app, 'root@example.com');
      member = await addUser(ctx.app, admin, 'member@example.com', 'member');
      stranger = await signUp(ctx.app, 'stranger@example.com');
    });

    it('creates, lists, reads, updates and deletes, never answering the credentials', async () => {
      const created = await call(ctx.app, admin, 'POST', '/api/v1/api-configs', {
        name: 'Cities',
        base_url: 'http://127.0.0.1:9/v1',
        auth_type: 'bearer',
        credentials: SECRETS[0],
        default_headers: { 'X-Client': 'guidepost' },
      });
      expect(created.statusCode, created.body).toBe(201);
      const json = created.json<ApiConfigJson>();
      expect(json).toMatchObject({
        name: 'Cities',
        auth_type: 'bearer',
        auth_param_name: null,
        has_credentials: true,
        timeout_ms: 10_000,
        default_headers: { 'X-Client': 'guidepost' },
      });
      expect(Object.keys(json)).not.toContain('credentials');
      id = json.id;

      const list = await call(ctx.app, admin, 'GET', '/api/v1/api-configs');
      expect(list.json<{ items: ApiConfigJson[] }>().items.map((c) => c.id)).toEqual([id]);
      expect((await call(ctx.app, admin, 'GET', `/api/v1/api-configs/${id}`)).json()).toEqual(json);

      const renamed = await call(ctx.app, admin, 'PATCH', `/api/v1/api-configs/${id}`, {
        name: 'Towns',
        timeout_ms: 5000,
      });
      expect(renamed.json()).toMatchObject({ name: 'Towns', timeout_ms: 5000, has_credentials: true });

      const basic = await call(ctx.app, admin, 'PATCH', `/api/v1/api-configs/${id}`, {
        auth_type: 'basic',
        credentials: SECRETS[1],
      });
      expect(basic.json()).toMatchObject({ auth_type: 'basic', has_credentials: true });
      const header = await call(ctx.app, admin, 'PATCH', `/api/v1/api-configs/${id}`, {
        auth_type: 'api_key_header',
        auth_param_name: 'X-Api-Key',
        credentials: SECRETS[2],
      });
      expect(header.json()).toMatchObject({ auth_param_name: 'X-Api-Key', has_credentials: true });
      const query = await call(ctx.app, admin, 'PATCH', `/api/v1/api-configs/${id}`, {
        auth_type: 'api_key_query',
        auth_param_name: 'key',
        credentials: SECRETS[3],
      });
      expect(query.json()).toMatchObject({ auth_type: 'api_key_query', auth_param_name: 'key' });

      const rows = await queryRows<Record<string, unknown>>(ctx.db, sql`select * from api_configurations`);
      const stored = JSON.stringify(rows);
      for (const secret of SECRETS) expect(stored).not.toContain(secret);
      expect(String(rows[0]!.credentials_sealed)).toMatch(/^v1\./);

      const none = await call(ctx.app, admin, 'PATCH', `/api/v1/api-configs/${id}`, { auth_type: 'none' });
      expect(none.json()).toMatchObject({ auth_type: 'none', auth_param_name: null, has_credentials: false });

      expect((await call(ctx.app, admin, 'DELETE', `/api/v1/api-configs/${id}`)).statusCode).toBe(204);
      expect((await call(ctx.app, admin, 'GET', `/api/v1/api-configs/${id}`)).statusCode).toBe(404);
    });

    it.each([
      [{ name: 'x', base_url: 'ftp://example.com' }, 'base_url'],
      [{ name: 'x', base_url: 'https://example.com/?a=1' }, 'base_url'],
      [{ name: 'x', base_url: 'https://u:p@example.com' }, 'base_url'],
      [{ name: 'x', base_url: 'https://example.com', auth_type: 'bearer' }, 'credentials'],
      [{ name: 'x', base_url: 'https://example.com', credentials: 'x' }, 'credentials'],
      [
        { name: 'x', base_url: 'https://example.com', auth_type: 'api_key_query', credentials: 'k' },
        'auth_param_name',
      ],
      [
        { name: 'x', base_url: 'https://example.com', auth_type: 'basic', credentials: 'nocolon' },
        'credentials',
      ],
      [
        { name: 'x', base_url: 'https://example.com', default_headers: { Authorization: 'x' } },
        'default_headers',
      ],
      [
        { name: 'x', base_url: 'https://example.com', default_headers: { 'X-A': 'a\r\nB: b' } },
        'default_headers',
      ],
      [{ name: 'x', base_url: 'https://example.com', timeout_ms: 10 }, 'timeout_ms'],
    ])('refuses %j naming %s', async (payload, name) => {
      const response = await call(ctx.app, admin, 'POST', '/api/v1/api-configs', payload);
      expect(response.statusCode, response.body).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body).toContain(name);
    });

    it('needs new credentials to change to another auth type, and keeps them otherwise', async () => {
      const created = (
        await call(ctx.app, admin, 'POST', '/api/v1/api-configs', {
          name: 'Keep',
          base_url: 'https://api.example.com',
          auth_type: 'bearer',
          credentials: SECRETS[0],
        })
      ).json<ApiConfigJson>();
      const changed = await call(ctx.app, admin, 'PATCH', `/api/v1/api-configs/${created.id}`, {
        auth_type: 'basic',
      });
      expect(changed.statusCode).toBe(400);
      expect(changed.body).toContain('credentials');
      const kept = await call(ctx.app, admin, 'PATCH', `/api/v1/api-configs/${created.id}`, {
        base_url: 'https://api2.example.com',
      });
      expect(kept.json()).toMatchObject({ has_credentials: true, auth_type: 'bearer' });
    });

    it('documents the routes in the OpenAPI document, tagged actions', async () => {
      const doc = (await ctx.app.inject({ method: 'GET', url: '/api/docs/json' })).json<{
        paths: Record<string, Record<string, { tags?: string[] }>>;
      }>();
      expect(Object.keys(doc.paths['/api/v1/api-configs']!)).toEqual(['get', 'post']);
      expect(Object.keys(doc.paths['/api/v1/api-configs/{id}']!)).toEqual(['get', 'patch', 'delete']);
      expect(doc.paths['/api/v1/api-configs']!.post!.tags).toEqual(['actions']);
    });

    it("answers 404 to another tenant's admin and 403 to a member on every route", async () => {
      const target = (
        await call(ctx.app, admin, 'POST', '/api/v1/api-configs', {
          name: 'Mine',
          base_url: 'https://a.example.com',
        })
      ).json<ApiConfigJson>().id;
      const routes = [
        { method: 'GET', url: `/api/v1/api-configs/${target}` },
        { method: 'PATCH', url: `/api/v1/api-configs/${target}`, payload: { name: 'Theirs' } },
        { method: 'DELETE', url: `/api/v1/api-configs/${target}` },
      ];
      for (const route of routes) {
        const response = await call(ctx.app, stranger, route.method, route.url, route.payload);
        expect(response.statusCode, `${route.method} ${route.url}`).toBe(404);
        expect(response.headers['content-type']).toContain('application/problem+json');
      }
      const theirs = await call(ctx.app, stranger, 'GET', '/api/v1/api-configs');
      expect(theirs.json<{ items: unknown[] }>().items).toEqual([]);
      for (const route of [
        ...routes,
        { method: 'GET', url: '/api/v1/api-configs' },
        {
          method: 'POST',
          url: '/api/v1/api-configs',
          payload: { name: 'm', base_url: 'https://m.example.com' },
        },
      ]) {
        const response = await call(ctx.app, member, route.method, route.url, route.payload);
        expect(response.statusCode, `${route.method} ${route.url}`).toBe(403);
      }
      expect((await call(ctx.app, admin, 'GET', `/api/v1/api-configs/${target}`)).json()).toMatchObject({
        name: 'Mine',
      });
    });
  },
  { GUIDEPOST_ACTIONS_ALLOW_PRIVATE: 'true' },
);

describeEachApp('API configuration API with private addresses refused', (ctx) => {
  it.each(['http://127.0.0.1:8080', 'http://10.0.0.1', 'http://[::7f00:1]', 'http://localhost.'])(
    'refuses %s as a base URL',
    async (baseUrl) => {
      const admin = await signUp(ctx.app, `root-${Math.random().toString(36).slice(2)}@example.com`);
      const response = await call(ctx.app, admin, 'POST', '/api/v1/api-configs', {
        name: 'Local',
        base_url: baseUrl,
      });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json<{ detail: string }>().detail).toContain('GUIDEPOST_ACTIONS_ALLOW_PRIVATE');
    },
  );
});
