import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachApp } from '../server/app.js';
import { signUp, addUser, type TestAccount } from '../server/auth-helpers.js';

const GOOD = 'sk-GOOD-secret-1234';
const BAD = 'sk-BAD-secret-9999';

/** A fake provider API on 127.0.0.1: answers 200 to the good key on each provider's test path, 401 otherwise. */
function fakeProvider(): Promise<{
  url: string;
  seen: Array<{ path: string; headers: IncomingHttpHeaders }>;
  server: Server;
}> {
  const seen: Array<{ path: string; headers: IncomingHttpHeaders }> = [];
  const server = createServer((req, res) => {
    seen.push({ path: req.url ?? '', headers: req.headers });
    const auth = `${req.headers.authorization ?? ''} ${req.headers['x-api-key'] ?? ''} ${req.headers['xi-api-key'] ?? ''}`;
    res.setHeader('content-type', 'application/json');
    if (auth.includes(GOOD)) return res.end(JSON.stringify({ data: [], voices: [] }));
    res.statusCode = 401;
    res.end(JSON.stringify({ error: 'invalid api key' }));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, server }),
    ),
  );
}

describeEachApp(
  'provider keys',
  (ctx) => {
    let owner: TestAccount;
    let member: TestAccount;
    let stranger: TestAccount;
    let fake: Awaited<ReturnType<typeof fakeProvider>>;
    const call = async (who: TestAccount, method: string, url: string, payload?: object) => {
      const response = await ctx.app.inject({
        method: method as 'GET',
        url,
        headers: who.headers,
        ...(payload && { payload }),
      });
      expect(response.body).not.toContain(GOOD);
      expect(response.body).not.toContain(BAD);
      return response;
    };

    beforeAll(async () => {
      fake = await fakeProvider();
      owner = await signUp(ctx.app, 'owner@example.com');
      member = await addUser(ctx.app, owner, 'member@example.com', 'member');
      stranger = await signUp(ctx.app, 'stranger@example.com');
    });
    afterAll(() => new Promise<void>((resolve) => fake.server.close(() => resolve())));

    it('stores a key encrypted and write-only, and "Test key" makes a real request', async () => {
      const set = await call(owner, 'PUT', '/api/v1/provider-keys/openai', { key: GOOD, base_url: fake.url });
      expect(set.statusCode, set.body).toBe(200);
      expect(set.json()).toMatchObject({ provider: 'openai', configured: true, hint: '1234' });
      const tested = await call(owner, 'POST', '/api/v1/provider-keys/openai/test');
      expect(tested.json()).toMatchObject({ last_test_ok: true });
      expect(fake.seen.at(-1)).toMatchObject({ path: '/models' });
      expect(fake.seen.at(-1)!.headers.authorization).toBe(`Bearer ${GOOD}`);
      const rows = await ctx.database.db.execute('select secret_sealed from provider_keys' as never);
      expect(JSON.stringify(rows)).not.toContain(GOOD);
    });

    it("reports a refused key with the provider's answer, never the key", async () => {
      await call(owner, 'PUT', '/api/v1/provider-keys/elevenlabs', { key: BAD, base_url: fake.url });
      const tested = await call(owner, 'POST', '/api/v1/provider-keys/elevenlabs/test');
      expect(tested.json()).toMatchObject({ last_test_ok: false });
      expect(tested.json().last_test_message).toContain('401');
      expect(fake.seen.at(-1)).toMatchObject({ path: '/v1/voices' });
    });

    it('tests Anthropic, Deepgram and LiveKit keys with their own requests', async () => {
      await call(owner, 'PUT', '/api/v1/provider-keys/anthropic', { key: GOOD, base_url: fake.url });
      expect((await call(owner, 'POST', '/api/v1/provider-keys/anthropic/test')).json().last_test_ok).toBe(
        true,
      );
      expect(fake.seen.at(-1)!.headers['x-api-key']).toBe(GOOD);
      await call(owner, 'PUT', '/api/v1/provider-keys/deepgram', { key: BAD, base_url: fake.url });
      await call(owner, 'POST', '/api/v1/provider-keys/deepgram/test');
      expect(fake.seen.at(-1)).toMatchObject({ path: '/v1/projects' });
      const lk = await call(owner, 'PUT', '/api/v1/provider-keys/livekit', {
        key: 'APIkey',
        secret: 'lk-secret-value-lk-secret-value',
        base_url: fake.url.replace('http:', 'ws:'),
      });
      expect(lk.statusCode, lk.body).toBe(200);
      await call(owner, 'POST', '/api/v1/provider-keys/livekit/test');
      expect(fake.seen.at(-1)).toMatchObject({ path: '/twirp/livekit.RoomService/ListRooms' });
      expect(fake.seen.at(-1)!.headers.authorization).toMatch(/^Bearer ey/);
    });

    it('names missing fields, keeps tenants apart, and lets only admins in', async () => {
      const noBase = await call(owner, 'PUT', '/api/v1/provider-keys/openai_compatible', { key: GOOD });
      expect(noBase.statusCode).toBe(422);
      expect(JSON.stringify(noBase.json())).toContain('base_url');
      expect((await call(member, 'GET', '/api/v1/provider-keys')).statusCode).toBe(403);
      const theirs = (await call(stranger, 'GET', '/api/v1/provider-keys')).json().items;
      expect(theirs.every((k: { configured: boolean }) => !k.configured)).toBe(true);
      expect((await call(stranger, 'POST', '/api/v1/provider-keys/openai/test')).statusCode).toBe(404);
      expect((await call(stranger, 'DELETE', '/api/v1/provider-keys/openai')).statusCode).toBe(404);
      expect((await call(owner, 'DELETE', '/api/v1/provider-keys/openai')).statusCode).toBe(204);
    });
  },
  { GUIDEPOST_ACTIONS_ALLOW_PRIVATE: 'true' },
);

describeEachApp('provider keys without private addresses', (ctx) => {
  it('refuses a base URL on a loopback address', async () => {
    const owner = await signUp(ctx.app, 'owner@example.com');
    const refused = await ctx.app.inject({
      method: 'PUT',
      url: '/api/v1/provider-keys/openai_compatible',
      headers: owner.headers,
      payload: { key: GOOD, base_url: 'http://127.0.0.1:11434/v1' },
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().detail).toMatch(/base_url/);
  });
});
