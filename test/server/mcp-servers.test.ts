import { sql } from 'drizzle-orm';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { queryRows } from '../../src/db/client.js';
import { insertTenantMcpServer } from '../../src/db/tenant-mcp-servers.js';
import { TestMcpHttpServer } from '../actions/mcp-http-server.js';
import { describeEachApp, type AppContext } from './app.js';
import { addUser, signUp, type TestAccount } from './auth-helpers.js';

interface ServerJson {
  id: string;
  name: string;
  owner: 'operator' | 'tenant';
  transport: string;
  url: string | null;
  header_names: string[];
  timeout_ms: number | null;
}

const SECRET = 'Bearer mcp-SECRET-zzzz';

/** The operator's stdio server (listed only: these tests never spawn it). */
const OPERATOR = JSON.stringify([
  {
    id: 'everything',
    name: 'Everything',
    transport: 'stdio',
    command: process.execPath,
    args: [createRequire(import.meta.url).resolve('@modelcontextprotocol/server-everything/dist/index.js')],
  },
]);

/** Calls the API as `account`, failing the test when an answer carries the secret header value. */
function caller(ctx: AppContext) {
  return async (account: TestAccount, method: string, url: string, payload?: object) => {
    const response = await ctx.app.inject({
      method: method as 'GET',
      url,
      headers: account.headers,
      ...(payload ? { payload } : {}),
    });
    expect(response.body, `${method} ${url}`).not.toContain('mcp-SECRET');
    return response;
  };
}

/** A one-step wizard whose event echoes through the MCP server `serverId`. */
function echoWizard(serverId: string) {
  return {
    id: 'echo',
    name: 'Echo',
    slug: 'echo',
    steps: [{ id: 'one', title: 'One', fields: [{ name: 'word', label: 'Word', type: 'text' }] }],
    events: [
      {
        id: 'start',
        name: 'Echo on start',
        trigger: 'wizard.onStart',
        actions: [
          {
            id: 'shout',
            type: 'mcp_call',
            input_mapping: { message: 'say {{ values.word }}' },
            config: { mcp_config_id: serverId, tool: 'echo' },
            output_handling: { into: 'renderer', renderer: 'card_grid' },
          },
        ],
      },
    ],
  };
}

describeEachApp(
  "tenants' remote MCP servers",
  (ctx) => {
    const call = caller(ctx);
    const mcp = new TestMcpHttpServer();
    let admin: TestAccount;
    let member: TestAccount;
    let stranger: TestAccount;
    let id: string;
    beforeAll(async () => {
      await mcp.start();
      admin = await signUp(ctx.app, 'root@example.com');
      member = await addUser(ctx.app, admin, 'member@example.com', 'member');
      stranger = await signUp(ctx.app, 'stranger@example.com');
    });
    afterAll(() => mcp.close());

    it('adds a remote server with write-only headers and lists it after the operator’s', async () => {
      const created = await call(admin, 'POST', '/api/v1/mcp/servers', {
        name: 'Remote everything',
        url: mcp.url,
        headers: { Authorization: SECRET },
      });
      expect(created.statusCode, created.body).toBe(201);
      const json = created.json<ServerJson>();
      expect(json).toMatchObject({
        owner: 'tenant',
        transport: 'http',
        url: mcp.url,
        header_names: ['Authorization'],
        timeout_ms: 10_000,
      });
      id = json.id;
      const list = (await call(admin, 'GET', '/api/v1/mcp/servers')).json<{ items: ServerJson[] }>();
      expect(list.items.map((s) => [s.id, s.owner])).toEqual([
        ['guidepost', 'operator'],
        ['everything', 'operator'],
        [id, 'tenant'],
      ]);
      const rows = await queryRows<{ headers_sealed: string }>(
        ctx.db,
        sql`select headers_sealed from tenant_mcp_servers where id = ${id}`,
      );
      expect(rows[0]!.headers_sealed).not.toContain('mcp-SECRET');
    });

    it('lists the remote server’s tools over Streamable HTTP, sending its headers', async () => {
      const tools = await call(admin, 'GET', `/api/v1/mcp/servers/${id}/tools`);
      expect(tools.statusCode, tools.body).toBe(200);
      const names = tools.json<{ items: Array<{ name: string }> }>().items.map((t) => t.name);
      expect(names).toEqual(expect.arrayContaining(['echo', 'get-sum']));
      expect(mcp.seen.some((h) => h.authorization === SECRET)).toBe(true);
    });

    it('runs an mcp_call action through the tenant’s remote server', async () => {
      const wizard = await call(admin, 'POST', '/api/v1/wizards', echoWizard(id));
      expect(wizard.statusCode, wizard.body).toBe(201);
      const tested = await call(admin, 'POST', `/api/v1/wizards/${wizard.json().id}/actions/shout/test`, {
        values: { word: 'hi' },
      });
      expect(tested.json()).toMatchObject({ status: 'succeeded', output: 'Echo: say hi' });
    });

    it('keeps other tenants out: their list lacks it, and its tools, changes and deletion are 404', async () => {
      const list = (await call(stranger, 'GET', '/api/v1/mcp/servers')).json<{ items: ServerJson[] }>();
      expect(list.items.map((s) => s.id)).toEqual(['guidepost', 'everything']);
      expect((await call(stranger, 'GET', `/api/v1/mcp/servers/${id}/tools`)).statusCode).toBe(404);
      expect((await call(stranger, 'PATCH', `/api/v1/mcp/servers/${id}`, { name: 'x' })).statusCode).toBe(
        404,
      );
      expect((await call(stranger, 'DELETE', `/api/v1/mcp/servers/${id}`)).statusCode).toBe(404);
      const tested = await call(stranger, 'POST', '/api/v1/wizards', echoWizard(id));
      const run = await call(stranger, 'POST', `/api/v1/wizards/${tested.json().id}/actions/shout/test`, {});
      expect(run.json()).toMatchObject({ status: 'failed', error: expect.stringContaining('not found') });
    });

    it('refuses members (403) and a stdio definition from a tenant admin (403 problem+json)', async () => {
      const byMember = await call(member, 'POST', '/api/v1/mcp/servers', { name: 'M', url: mcp.url });
      expect(byMember.statusCode).toBe(403);
      const stdio = await call(admin, 'POST', '/api/v1/mcp/servers', {
        name: 'Shell',
        transport: 'stdio',
        command: '/bin/sh',
        args: ['-c', 'id'],
      });
      expect(stdio.statusCode).toBe(403);
      expect(stdio.headers['content-type']).toContain('application/problem+json');
      expect(stdio.json().detail).toContain('only the operator');
      const sneaky = await call(admin, 'PATCH', `/api/v1/mcp/servers/${id}`, { command: '/bin/sh' });
      expect(sneaky.statusCode).toBe(403);
    });

    it('cannot change or delete the operator’s server', async () => {
      expect((await call(admin, 'PATCH', '/api/v1/mcp/servers/everything', { name: 'x' })).statusCode).toBe(
        403,
      );
      expect((await call(admin, 'DELETE', '/api/v1/mcp/servers/everything')).statusCode).toBe(403);
    });

    it('renames, replaces headers, and deletes; a deleted server is gone', async () => {
      const renamed = await call(admin, 'PATCH', `/api/v1/mcp/servers/${id}`, {
        name: 'Renamed',
        headers: {},
      });
      expect(renamed.json()).toMatchObject({ name: 'Renamed', header_names: [] });
      expect((await call(admin, 'DELETE', `/api/v1/mcp/servers/${id}`)).statusCode).toBe(204);
      expect((await call(admin, 'GET', `/api/v1/mcp/servers/${id}/tools`)).statusCode).toBe(404);
    });
  },
  { GUIDEPOST_ACTIONS_ALLOW_PRIVATE: 'true', GUIDEPOST_MCP_SERVERS: OPERATOR },
);

describeEachApp('the SSRF guard on remote MCP servers', (ctx) => {
  const call = caller(ctx);
  const mcp = new TestMcpHttpServer();
  let admin: TestAccount;
  beforeAll(async () => {
    await mcp.start();
    admin = await signUp(ctx.app, 'root@example.com');
  });
  afterAll(() => mcp.close());

  it.each([
    'http://127.0.0.1:9/mcp',
    'http://10.0.0.1/mcp',
    'http://[::7f00:1]/mcp',
    'http://localhost./mcp',
  ])('refuses %s with a 400 naming body.url', async (url) => {
    const refused = await call(admin, 'POST', '/api/v1/mcp/servers', { name: 'Inside', url });
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json().detail).toContain('body.url');
    expect(refused.json().detail).toContain('private, loopback or reserved');
  });

  it('refuses to connect to a stored server whose address became private (guarded connection)', async () => {
    const tenantId = admin.tenantId;
    const row = await insertTenantMcpServer(ctx.db, { tenantId, name: 'Stale', url: mcp.url });
    const tools = await call(admin, 'GET', `/api/v1/mcp/servers/${row.id}/tools`);
    expect(tools.statusCode, tools.body).toBe(422);
    expect(tools.json().detail).toContain('refused');
    expect(mcp.seen).toHaveLength(0);
  });
});
