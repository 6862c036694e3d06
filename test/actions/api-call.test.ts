import { afterAll, beforeAll, expect, it } from 'vitest';
import { API_CONFIG_SECRET_PURPOSE, ApiConfigService } from '../../src/actions/api-configs.js';
import { ActionError, type ActionContext } from '../../src/actions/executor.js';
import { apiCallExecutor, type ApiCallDeps } from '../../src/actions/executors/api-call.js';
import { ActionSchema, type Action } from '../../src/core/actions/definition.js';
import { DomainError } from '../../src/core/errors.js';
import { insertApiConfig, type NewApiConfig } from '../../src/db/api-configs.js';
import { secretBox } from '../../src/db/secrets.js';
import { describeEachDatabase } from '../db/databases.js';
import { TestApi } from './api-server.js';

const secrets = secretBox('test-secret-test-secret-test-secret!', API_CONFIG_SECRET_PURPOSE);
const tenantId = 'tenant-a';
const ctx: ActionContext = { tenantId, runId: null, values: {}, event: {}, results: {} };

/** An `api_call` action with the schema's defaults. */
function action(config: Record<string, unknown>): Extract<Action, { type: 'api_call' }> {
  return ActionSchema.parse({ id: 'call', type: 'api_call', config }) as Extract<
    Action,
    { type: 'api_call' }
  >;
}

/** What an executor call threw (fails the test when it resolved). */
async function failure(promise: Promise<unknown>): Promise<ActionError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(ActionError.isInstance(error), String(error)).toBe(true);
  return error as ActionError;
}

describeEachDatabase('api_call executor', (db) => {
  const api = new TestApi();
  const other = new TestApi();
  let run: (deps: Partial<ApiCallDeps>, a: Action, input?: Record<string, unknown>) => Promise<unknown>;
  const configIds: Record<string, string> = {};

  /** Stores a configuration directly (as one made while private addresses were allowed). */
  async function config(
    key: string,
    over: Partial<NewApiConfig> & { credentials?: string },
  ): Promise<string> {
    const { credentials, ...rest } = over;
    const row = await insertApiConfig(db.db, {
      tenantId,
      name: key,
      baseUrl: api.origin,
      credentialsSealed: credentials ? secrets.seal(credentials) : null,
      ...rest,
    });
    configIds[key] = row.id;
    return row.id;
  }

  beforeAll(async () => {
    await api.start();
    await other.start();
    run = (deps, a, input = {}) =>
      apiCallExecutor({ db: db.db, secrets, allowPrivate: true, ...deps })(
        a as Extract<Action, { type: 'api_call' }>,
        input,
        ctx,
      );
    await config('none', { defaultHeaders: { 'x-client': 'guidepost' } });
    await config('bearer', { authType: 'bearer', credentials: 'bearer-token-123' });
    await config('basic', { authType: 'basic', credentials: 'ada:s3cret-pw' });
    await config('header', { authType: 'api_key_header', authParamName: 'X-Api-Key', credentials: 'hk-456' });
    await config('query', { authType: 'api_key_query', authParamName: 'api_key', credentials: 'qk-789' });
    await config('slow', { timeoutMs: 200 });
    await config('prefixed', { baseUrl: `${api.origin}/echo/v1` });
  });
  afterAll(async () => {
    await api.stop();
    await other.stop();
  });

  it('sends the mapped input as JSON with the default headers and returns the parsed body', async () => {
    const output = await run(
      {},
      action({ api_config_id: configIds.none, method: 'POST', path: 'echo/items', query: { page: '2' } }),
      { name: 'Ada' },
    );
    expect(output).toEqual({
      method: 'POST',
      path: '/echo/items',
      query: { page: '2' },
      body: { name: 'Ada' },
    });
    expect(api.seen.at(-1)!.headers['x-client']).toBe('guidepost');
    expect(api.seen.at(-1)!.headers.authorization).toBeUndefined();
  });

  it('appends the path to a base URL with a path, and sends no body on GET or with body none', async () => {
    expect(
      await run({}, action({ api_config_id: configIds.prefixed, path: '/cities' }), { a: 1 }),
    ).toMatchObject({
      method: 'GET',
      path: '/echo/v1/cities',
      body: null,
    });
    await run({}, action({ api_config_id: configIds.none, method: 'PUT', path: 'echo', body: 'none' }), {
      a: 1,
    });
    expect(api.seen.at(-1)!.body).toBe('');
  });

  it.each([
    [
      'bearer',
      (s: { headers: Record<string, unknown>; url: URL }) => s.headers.authorization,
      'Bearer bearer-token-123',
    ],
    ['basic', (s) => s.headers.authorization, `Basic ${Buffer.from('ada:s3cret-pw').toString('base64')}`],
    ['header', (s) => s.headers['x-api-key'], 'hk-456'],
    ['query', (s) => s.url.searchParams.get('api_key'), 'qk-789'],
  ])('authenticates with %s', async (key, pick, expected) => {
    await run({}, action({ api_config_id: configIds[key], path: 'echo' }));
    expect(pick(api.seen.at(-1)!)).toBe(expected);
  });

  it("sends the action's own headers after the defaults; the configuration's auth wins over them", async () => {
    const withHeaders = (id: string, headers: Record<string, string>, path = 'echo') => {
      const a = action({ api_config_id: id, path });
      a.config.headers = headers; // as rendered by the reactor (a literal credential is refused by the schema)
      return a;
    };
    await run({}, withHeaders(configIds.none!, { 'X-Locale': 'fr', 'X-Client': 'wizard' }));
    expect(api.seen.at(-1)!.headers).toMatchObject({ 'x-locale': 'fr', 'x-client': 'wizard' });
    await run({}, withHeaders(configIds.bearer!, { Authorization: 'Bearer from-the-run' }));
    expect(api.seen.at(-1)!.headers.authorization).toBe('Bearer bearer-token-123');
    const error = await failure(
      run({}, withHeaders(configIds.none!, { Authorization: 'Bearer run-token-999' }, 'status/401')),
    );
    expect(api.seen.at(-1)!.headers.authorization).toBe('Bearer run-token-999');
    expect(error.message).toContain('[redacted]');
    expect(error.message).not.toContain('run-token-999');
    const broken = await failure(run({}, withHeaders(configIds.none!, { 'X-Note': 'a\r\nX-Evil: 1' })));
    expect(broken.message).toBe('the header "X-Note" renders to line breaks or control characters');
  });

  it('returns text answers as text and an empty answer as null', async () => {
    expect(await run({}, action({ api_config_id: configIds.none, path: 'text' }))).toBe('hi');
    expect(await run({}, action({ api_config_id: configIds.none, path: 'empty' }))).toBeNull();
  });

  it('fails retryably on 500 and 429, not on 404, masking the credentials the API echoes', async () => {
    const e500 = await failure(run({}, action({ api_config_id: configIds.bearer, path: 'status/500' })));
    expect(e500.retryable).toBe(true);
    expect(e500.message).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\/status\/500: the API answered 500/);
    expect(e500.message).toContain('[redacted]');
    expect(e500.message).not.toContain('bearer-token-123');
    expect(
      (await failure(run({}, action({ api_config_id: configIds.none, path: 'status/429' })))).retryable,
    ).toBe(true);
    const e404 = await failure(run({}, action({ api_config_id: configIds.none, path: 'status/404' })));
    expect(e404.retryable).toBe(false);
    expect(e404.message).toContain('404');
  });

  it('never names the query (an API key may be there) in errors', async () => {
    const error = await failure(run({}, action({ api_config_id: configIds.query, path: 'status/400' })));
    expect(error.message).not.toContain('qk-789');
  });

  it('fails retryably when the whole answer takes longer than the timeout', async () => {
    const started = Date.now();
    const error = await failure(run({}, action({ api_config_id: configIds.slow, path: 'slow' })));
    expect(error.retryable).toBe(true);
    expect(error.message).toContain('no complete answer within 200 ms');
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('refuses an answer larger than the limit, streamed or declared', async () => {
    for (const path of ['big', 'big-declared']) {
      const error = await failure(run({}, action({ api_config_id: configIds.none, path })));
      expect(error.retryable).toBe(false);
      expect(error.message).toContain('larger than 1048576 bytes');
    }
    const small = await failure(
      run({ maxResponseBytes: 10 }, action({ api_config_id: configIds.none, path: 'echo' })),
    );
    expect(small.message).toContain('larger than 10 bytes');
  });

  it('fails retryably when nothing listens', async () => {
    const id = await config('closed', { baseUrl: 'http://127.0.0.1:1' });
    const error = await failure(run({}, action({ api_config_id: id })));
    expect(error.retryable).toBe(true);
    expect(error.message).toContain('ECONNREFUSED');
  });

  it("answers not found for an unknown id and for another tenant's configuration", async () => {
    const foreign = await insertApiConfig(db.db, { tenantId: 'tenant-b', name: 'b', baseUrl: api.origin });
    for (const id of ['nope', foreign.id]) {
      const error = await failure(run({}, action({ api_config_id: id })));
      expect(error.message).toBe(`API configuration ${id} was not found`);
    }
  });

  it('with private addresses refused, refuses loopback, private, IPv4-compatible and trailing-dot hosts', async () => {
    const before = api.seen.length;
    for (const baseUrl of [
      api.origin,
      'http://10.0.0.1:9',
      `http://[::7f00:1]:${api.port}`,
      `http://localhost.:${api.port}`,
      `http://[::ffff:127.0.0.1]:${api.port}`,
    ]) {
      const id = await config(`blocked ${baseUrl}`, { baseUrl });
      const error = await failure(run({ allowPrivate: false }, action({ api_config_id: id, path: 'echo' })));
      expect(error.retryable, baseUrl).toBe(false);
      expect(error.message, baseUrl).toContain('refused');
      expect(error.message).toContain('GUIDEPOST_ACTIONS_ALLOW_PRIVATE');
    }
    expect(api.seen.length).toBe(before);
  });

  it('refuses a 302 to 127.0.0.1 when private addresses are refused, even after an allowed first hop', async () => {
    const to = `${other.origin}/echo`;
    const seenBefore = other.seen.length;
    const error = await failure(
      run(
        { allowPrivate: (url) => url.port === String(api.port) },
        action({ api_config_id: configIds.bearer, path: 'redirect', query: { to } }),
      ),
    );
    expect(error.message).toContain('refused');
    expect(error.retryable).toBe(false);
    expect(other.seen.length).toBe(seenBefore);
  });

  it('follows redirects when allowed, without sending the credentials to another origin', async () => {
    const to = `${other.origin}/echo/moved`;
    expect(
      await run(
        {},
        action({ api_config_id: configIds.bearer, method: 'POST', path: 'redirect', query: { to } }),
      ),
    ).toMatchObject({ method: 'GET', path: '/echo/moved', body: null });
    expect(api.seen.at(-1)!.headers.authorization).toBe('Bearer bearer-token-123');
    expect(other.seen.at(-1)!.headers.authorization).toBeUndefined();
    const loop = await failure(run({}, action({ api_config_id: configIds.none, path: 'loop' })));
    expect(loop.message).toContain('more than 3 redirects');
  });

  it('stops when the context is aborted', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const execute = apiCallExecutor({ db: db.db, secrets, allowPrivate: true });
    const error = await failure(
      execute(
        action({ api_config_id: configIds.none, path: 'slow' }),
        {},
        { ...ctx, signal: controller.signal },
      ),
    );
    expect(error.message).toContain('cancelled');
    expect(error.retryable).toBe(false);
  });

  it('refuses those hosts when a configuration is saved with private addresses refused', async () => {
    const service = new ApiConfigService({ db: db.db, secrets, allowPrivate: false });
    for (const baseUrl of [
      api.origin,
      'http://10.0.0.1',
      'http://[::7f00:1]',
      'http://localhost.',
      'https://LOCALHOST',
    ]) {
      const error = await service
        .create(tenantId, { name: 'x', baseUrl, authType: 'none' })
        .catch((e: unknown) => e);
      expect(DomainError.isInstance(error) && error.code, baseUrl).toBe('bad_request');
    }
    await expect(
      service.create(tenantId, { name: 'ok', baseUrl: 'https://api.example.com/v1', authType: 'none' }),
    ).resolves.toMatchObject({ hasCredentials: false });
  });
});
