import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { describeEachApp } from './app.js';
import type { StartJson } from './runs-helpers.js';

describe('rate-limit configuration', () => {
  it('defaults to 60 run starts, 120 messages, 10 sign-ins, 10 sign-ups and 240 value changes (1200 per address) per minute', () => {
    expect(loadConfig({})).toMatchObject({
      GUIDEPOST_RATE_LIMIT_RUN_STARTS: 60,
      GUIDEPOST_RATE_LIMIT_MESSAGES: 120,
      GUIDEPOST_RATE_LIMIT_SIGN_IN: 10,
      GUIDEPOST_RATE_LIMIT_SIGN_UP: 10,
      GUIDEPOST_RATE_LIMIT_VALUES: 240,
      GUIDEPOST_RATE_LIMIT_VALUES_PER_IP: 1200,
    });
  });

  it('refuses a limit that is not a positive whole number, naming the variable', () => {
    expect(() => loadConfig({ GUIDEPOST_RATE_LIMIT_MESSAGES: '0' })).toThrow(/GUIDEPOST_RATE_LIMIT_MESSAGES/);
    expect(() => loadConfig({ GUIDEPOST_RATE_LIMIT_SIGN_IN: 'lots' })).toThrow(
      /GUIDEPOST_RATE_LIMIT_SIGN_IN/,
    );
  });
});

describeEachApp(
  'rate limits from configuration',
  (ctx) => {
    const expectLimited = (response: { statusCode: number; headers: Record<string, unknown> }) => {
      expect(response.statusCode).toBe(429);
      expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
      expect(response.headers['content-type']).toContain('application/problem+json');
    };

    it('limits run starts to GUIDEPOST_RATE_LIMIT_RUN_STARTS per minute', async () => {
      const start = () =>
        ctx.app.inject({
          method: 'POST',
          url: '/api/v1/runs',
          payload: { slug: 'lead-capture', channel: 'form' },
        });
      expect((await start()).statusCode).toBe(201);
      expect((await start()).statusCode).toBe(201);
      expectLimited(await start());
    });

    it('limits guide messages to GUIDEPOST_RATE_LIMIT_MESSAGES per minute', async () => {
      // The test above used up the run starts of the default address: this visitor comes from another one.
      const remoteAddress = '203.0.113.9';
      const started = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/runs',
        remoteAddress,
        payload: { slug: 'lead-capture', channel: 'chat' },
      });
      expect(started.statusCode).toBe(201);
      const run = started.json<StartJson>();
      const send = (text: string) =>
        ctx.app.inject({
          method: 'POST',
          url: `/api/v1/runs/${run.run.id}/messages`,
          remoteAddress,
          headers: { 'x-run-token': run.run_token },
          payload: { text },
        });
      expect((await send('My name is Ada Lovelace')).statusCode).toBe(200);
      expect((await send('ada@example.com')).statusCode).toBe(200);
      expectLimited(await send('skip'));
    });

    it('limits sign-in attempts to GUIDEPOST_RATE_LIMIT_SIGN_IN per minute', async () => {
      const attempt = () =>
        ctx.app.inject({
          method: 'POST',
          url: '/api/v1/auth/sign-in',
          payload: { email: 'nobody@example.com', password: 'wrong-wrong' },
        });
      expect((await attempt()).statusCode).toBe(401);
      expect((await attempt()).statusCode).toBe(401);
      expectLimited(await attempt());
    });

    it('shows the configured limit in the OpenAPI summary of sign-in', async () => {
      const doc = (await ctx.app.inject({ url: '/api/docs/json' })).json();
      expect(doc.paths['/api/v1/auth/sign-in'].post.summary).toContain('2 attempts per minute');
    });
  },
  {
    GUIDEPOST_RATE_LIMIT_RUN_STARTS: '2',
    GUIDEPOST_RATE_LIMIT_MESSAGES: '2',
    GUIDEPOST_RATE_LIMIT_SIGN_IN: '2',
  },
);
