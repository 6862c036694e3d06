import { describe, expect, it } from 'vitest';
import { redactUrl } from '../../src/server/app.js';
import { describeEachApp } from './app.js';

describeEachApp('health and errors', (ctx) => {
  it('answers liveness and readiness', async () => {
    expect((await ctx.app.inject({ url: '/health' })).json()).toEqual({ status: 'ok' });
    const ready = await ctx.app.inject({ url: '/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({
      status: 'ready',
      checks: { database: { ok: true }, migrations: { ok: true } },
    });
  });

  it('answers an unknown route with problem+json', async () => {
    const response = await ctx.app.inject({ url: '/api/v1/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({
      status: 404,
      title: 'Not Found',
      detail: 'there is no route GET /api/v1/nothing-here',
    });
  });

  it('serves the OpenAPI document and its browsable page', async () => {
    const doc = await ctx.app.inject({ url: '/api/docs/json' });
    expect(doc.json()).toMatchObject({
      openapi: expect.stringMatching(/^3\./),
      info: { title: 'Guidepost API' },
    });
    const page = await ctx.app.inject({ url: '/api/docs' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
  });

  it('echoes a request id', async () => {
    const response = await ctx.app.inject({ url: '/health', headers: { 'x-request-id': 'abc-123' } });
    expect(response.headers['x-request-id']).toBe('abc-123');
  });
});

describe('request logs', () => {
  it('redact run tokens in logged URLs', () => {
    expect(redactUrl('/api/v1/runs/1/live?after_seq=2&run_token=abc.def&x=1')).toBe(
      '/api/v1/runs/1/live?after_seq=2&run_token=[redacted]&x=1',
    );
    expect(redactUrl('/health')).toBe('/health');
  });
});
