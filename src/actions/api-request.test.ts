import { describe, expect, it } from 'vitest';
import { buildApiRequest, redact, type ApiTarget } from './api-request.js';
import { ActionError } from './executor.js';

const target = (over: Partial<ApiTarget> = {}): ApiTarget => ({
  baseUrl: 'https://api.example.com/v1/',
  authType: 'none',
  authParamName: null,
  credentials: null,
  defaultHeaders: { 'X-Client': 'guidepost' },
  ...over,
});
const get = { method: 'GET' as const, path: '', query: {} };

describe('buildApiRequest', () => {
  it.each([
    ['https://api.example.com', 'cities', 'https://api.example.com/cities'],
    ['https://api.example.com/v1/', '/cities', 'https://api.example.com/v1/cities'],
    ['https://api.example.com/v1', 'cities?country=FR', 'https://api.example.com/v1/cities?country=FR'],
    ['https://api.example.com/v1', '', 'https://api.example.com/v1/'],
    ['https://api.example.com/v1', '//evil.example.com/x', 'https://api.example.com/v1/evil.example.com/x'],
  ])('joins %s and %s', (baseUrl, path, expected) => {
    expect(buildApiRequest(target({ baseUrl }), { ...get, path }).url.href).toBe(expected);
  });

  it('appends the query and sends the body as JSON', () => {
    const built = buildApiRequest(target(), {
      method: 'POST',
      path: 'search',
      query: { q: 'a b', page: '2' },
      body: { name: 'Ada' },
    });
    expect(built.url.search).toBe('?q=a+b&page=2');
    expect(built.body).toBe('{"name":"Ada"}');
    expect(built.headers).toEqual({ 'x-client': 'guidepost' });
  });

  it.each(['../admin', '/v1/../../admin', '%2e%2e/admin', 'a/../../admin'])(
    'refuses the path %s, which leaves the base URL',
    (path) => {
      expect(() => buildApiRequest(target(), { ...get, path })).toThrow(ActionError);
    },
  );

  it('adds each kind of auth and lists the secrets to mask', () => {
    const bearer = buildApiRequest(target({ authType: 'bearer', credentials: 'tok' }), get);
    expect(bearer.headers.authorization).toBe('Bearer tok');
    const basic = buildApiRequest(target({ authType: 'basic', credentials: 'ada:pw' }), get);
    expect(basic.headers.authorization).toBe(`Basic ${Buffer.from('ada:pw').toString('base64')}`);
    expect(basic.secrets).toEqual(['ada:pw', Buffer.from('ada:pw').toString('base64')]);
    const header = buildApiRequest(
      target({ authType: 'api_key_header', authParamName: 'X-Api-Key', credentials: 'k1' }),
      get,
    );
    expect(header.headers['x-api-key']).toBe('k1');
    const query = buildApiRequest(
      target({ authType: 'api_key_query', authParamName: 'key', credentials: 'k 2' }),
      { ...get, query: { key: 'spoofed' } },
    );
    expect(query.url.searchParams.getAll('key')).toEqual(['k 2']);
    expect(query.secrets).toContain('k+2');
  });
});

describe('redact', () => {
  it('masks every secret', () => {
    expect(redact('bad key k1 (k1)', ['k1', ''])).toBe('bad key [redacted] ([redacted])');
  });
});
