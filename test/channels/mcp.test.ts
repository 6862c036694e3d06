import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { getBySlug } from '../../src/db/wizards.js';
import { Runtime } from '../../src/runtime/runtime.js';
import { cliCommand, cliEnv } from '../cli/cli.js';
import { signUp, type TestAccount } from '../server/auth-helpers.js';
import { createEndpoint, Receiver, waitFor } from '../server/webhooks-helpers.js';
import { CHANNEL_ENV, startServer, type ListeningServer } from './channel-helpers.js';
import { call, fillLeadCapture } from './mcp-helpers.js';

const QUIET = { error: () => undefined, warn: () => undefined, info: () => undefined };

/** An MCP client of `guidepost mcp` spawned over stdio with `env`. */
function stdioClient(env: Record<string, string>): { client: Client; transport: StdioClientTransport } {
  const [command, args] = cliCommand(['mcp']);
  const transport = new StdioClientTransport({ command, args, env: cliEnv(env), stderr: 'pipe' });
  return { client: new Client({ name: 'test-agent', version: '1.0.0' }), transport };
}

describe('guidepost mcp over stdio on its own PGlite directory', () => {
  const receiver = new Receiver();
  beforeAll(() => receiver.start());
  afterAll(() => receiver.stop());

  it('fills lead-capture as an agent; the run completes with a delivered webhook and agent provenance', async () => {
    const env = { ...CHANNEL_ENV, GUIDEPOST_DATA_DIR: await mkdtemp(join(tmpdir(), 'guidepost-mcp-')) };
    const config = loadConfig(env);
    let runtime = await Runtime.open({ config, log: QUIET });
    const wizard = (await getBySlug(runtime.database.db, 'lead-capture', 'default'))!;
    const endpoint = await runtime.webhooks.createEndpoint('default', wizard.id, {
      url: receiver.url('/stdio'),
      events: ['run.completed'],
    });
    await runtime.close();
    receiver.script('/stdio', [{ status: 204 }], endpoint.secret);

    const { client, transport } = stdioClient(env);
    await client.connect(transport);
    const runId = await fillLeadCapture(client);
    const unknown = await call(client, 'get_wizard_state', {
      run_id: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.isError).toBe(true);
    await waitFor(() => receiver.at('/stdio').length > 0, 15_000, 'the delivery');
    await client.close();
    expect(receiver.at('/stdio')[0]).toMatchObject({ verified: true, json: { type: 'run.completed' } });

    runtime = await Runtime.open({ config, log: QUIET });
    try {
      const view = await runtime.runs.view(runId);
      expect(view.run.channel).toBe('mcp');
      expect(view.snapshot.values).toMatchObject({ company: 'Analytical Engines', consent: true });
      expect(view.provenance.company).toMatchObject({ source: 'agent', agent: 'test-agent' });
      const { events } = await runtime.runRecords.events(view.run, 0);
      expect(events.at(-1)?.event).toMatchObject({ type: 'wizard_complete', actor: 'agent' });
    } finally {
      await runtime.close();
    }
  });
});

describe.skipIf(!process.env.DATABASE_URL)('wizards as MCP tools beside a server on PostgreSQL', () => {
  const receiver = new Receiver();
  let server: ListeningServer;
  let admin: TestAccount;
  let wizardId: string;
  let apiKey: string;
  beforeAll(async () => {
    await receiver.start();
    server = await startServer();
    admin = await signUp(server.app, 'root@example.com');
    wizardId = (await getBySlug(server.app.database.db, 'lead-capture', 'default'))!.id;
    const endpoint = await createEndpoint(server.app, admin, wizardId, {
      url: receiver.url('/pg'),
      events: ['run.completed'],
    });
    receiver.script('/pg', [{ status: 204 }], endpoint.secret);
    const key = await server.app.inject({
      method: 'POST',
      url: '/api/v1/api-keys',
      headers: admin.headers,
      payload: { name: 'agent', role: 'member' },
    });
    apiKey = key.json().key;
  });
  afterAll(async () => {
    await server?.close();
    await receiver.stop();
  });

  /** The run as the server's API shows it to the admin. */
  const runJson = async (runId: string) =>
    (await server.app.inject({ url: `/api/v1/runs/${runId}`, headers: admin.headers })).json();

  it('over Streamable HTTP with an API key: a completed mcp run, delivered once, shown by the server', async () => {
    const transport = new StreamableHTTPClientTransport(new URL(`${server.url}/mcp`), {
      requestInit: { headers: { authorization: `Bearer ${apiKey}` } },
    });
    const client = new Client({ name: 'http-agent', version: '1.0.0' });
    await client.connect(transport);
    const runId = await fillLeadCapture(client);
    await client.close();
    await waitFor(() => receiver.at('/pg').some((r) => r.json.data.run_id === runId), 15_000, 'the delivery');
    const run = await runJson(runId);
    expect(run.run).toMatchObject({ status: 'completed', channel: 'mcp' });
    expect(run.provenance.budget).toMatchObject({ source: 'agent', agent: 'http-agent' });
  });

  it('over stdio beside the server: the same run shape and one delivery', async () => {
    const { client, transport } = stdioClient(server.env);
    await client.connect(transport);
    const runId = await fillLeadCapture(client);
    await waitFor(() => receiver.at('/pg').some((r) => r.json.data.run_id === runId), 15_000, 'the delivery');
    await client.close();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(receiver.at('/pg').filter((r) => r.json.data.run_id === runId)).toHaveLength(1);
    expect((await runJson(runId)).provenance.email).toMatchObject({ source: 'agent', agent: 'test-agent' });
  });

  it('refuses /mcp without an API key, and a session token, as problem+json 401', async () => {
    for (const headers of [{}, admin.headers]) {
      const response = await server.app.inject({
        method: 'POST',
        url: '/mcp',
        headers: { ...headers, accept: 'application/json, text/event-stream' },
        payload: { jsonrpc: '2.0', id: 1, method: 'initialize', params: {} },
      });
      expect(response.statusCode).toBe(401);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().detail).toContain('API key');
    }
  });

  it('answers 404 for an unknown session and 400 for a first request that is not initialize', async () => {
    const headers = { authorization: `Bearer ${apiKey}`, accept: 'application/json, text/event-stream' };
    const listing = { jsonrpc: '2.0', id: 2, method: 'tools/list', params: {} };
    const unknown = await server.app.inject({
      method: 'POST',
      url: '/mcp',
      headers: { ...headers, 'mcp-session-id': 'nope' },
      payload: listing,
    });
    expect(unknown.statusCode).toBe(404);
    const first = await server.app.inject({ method: 'POST', url: '/mcp', headers, payload: listing });
    expect(first.statusCode).toBe(400);
    expect(first.json().detail).toContain('initialize');
  });
});
