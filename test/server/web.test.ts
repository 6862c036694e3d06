import type { FastifyInstance } from 'fastify';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { openDatabase, type Database } from '../../src/db/client.js';
import { buildApp } from '../../src/server/app.js';
import { DEFAULT_WEB_DIR, resolveWebDir } from '../../src/server/plugins/web.js';

const INDEX =
  '<!doctype html><html><body><div id="root"></div><script src="/assets/app-abc123.js"></script></body></html>';
const ASSET = 'console.log("guidepost");';
const html = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

// Static serving needs no second engine: one in-memory PGlite, a fake build in a temp dir (no vite run).
describe('the web app served by the API process', () => {
  let app: FastifyInstance;
  let database: Database;
  let webDir: string;

  beforeAll(async () => {
    const base = await mkdtemp(join(tmpdir(), 'guidepost-web-'));
    webDir = join(base, 'web');
    await mkdir(join(webDir, 'assets'), { recursive: true });
    await writeFile(join(webDir, 'index.html'), INDEX);
    await writeFile(join(webDir, 'assets', 'app-abc123.js'), ASSET);
    await writeFile(join(webDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    database = await openDatabase({ dataDir: 'memory://' });
    const config = loadConfig({
      GUIDEPOST_DATA_DIR: base,
      APP_SECRET: 'test-secret-test-secret-test-secret!',
      GUIDEPOST_WEB_DIR: webDir,
    });
    app = await buildApp({ config, database, logger: false });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('serves index.html at / without caching it', async () => {
    const response = await app.inject({ url: '/', headers: html });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.body).toBe(INDEX);
    // `/` is the app whatever the client accepts (curl sends */*).
    expect((await app.inject({ url: '/' })).body).toBe(INDEX);
    expect((await app.inject({ url: '/index.html' })).body).toBe(INDEX);
  });

  it('answers deep links that accept text/html with index.html (SPA fallback)', async () => {
    for (const url of ['/runs/abc', '/wizards/w1/builder?step=2', '/templates']) {
      const response = await app.inject({ url, headers: html });
      expect(response.statusCode, url).toBe(200);
      expect(response.body, url).toBe(INDEX);
      expect(response.headers['cache-control'], url).toBe('no-cache');
    }
  });

  it('serves hashed assets with long cache headers and other files with no-cache', async () => {
    const asset = await app.inject({ url: '/assets/app-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-type']).toContain('javascript');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.body).toBe(ASSET);
    const head = await app.inject({ method: 'HEAD', url: '/assets/app-abc123.js' });
    expect(head.statusCode).toBe(200);
    const icon = await app.inject({ url: '/favicon.svg' });
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  it('keeps 404s for missing assets, non-HTML requests and path traversal', async () => {
    const missing = await app.inject({ url: '/assets/gone-000.js', headers: html });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    expect((await app.inject({ url: '/runs/abc', headers: { accept: 'application/json' } })).statusCode).toBe(
      404,
    );
    for (const url of ['/..%2F..%2Fetc%2Fpasswd', '/assets/..%2F..%2F..%2Fetc%2Fpasswd']) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(404);
      expect(response.body, url).not.toContain('root:');
    }
  });

  it('keeps unknown API paths a problem+json 404, even for a browser', async () => {
    for (const url of ['/api/v1/nope', '/api', '/health/nope', '/ready/x']) {
      const response = await app.inject({ url, headers: html });
      expect(response.statusCode, url).toBe(404);
      expect(response.headers['content-type'], url).toContain('application/problem+json');
      expect(response.json(), url).toMatchObject({ status: 404, detail: `there is no route GET ${url}` });
    }
    expect((await app.inject({ url: '/health' })).json()).toEqual({ status: 'ok' });
    expect((await app.inject({ url: '/api/docs', headers: html })).body).toContain('swagger');
    const post = await app.inject({ method: 'POST', url: '/runs/abc', headers: html });
    expect(post.statusCode).toBe(404);
  });

  // Last: removes the build. The plugin looks for it per request, so no restart is needed either way.
  it('says the web app is not built, and how to build it, when the build is missing', async () => {
    await rm(webDir, { recursive: true, force: true });
    const page = await app.inject({ url: '/', headers: html });
    expect(page.statusCode).toBe(503);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('npm run build:web');
    expect(page.body).toContain('not built');
    const deepLink = await app.inject({ url: '/runs/abc', headers: html });
    expect(deepLink.statusCode).toBe(503);
    const problem = await app.inject({ url: '/', headers: { accept: 'application/json' } });
    expect(problem.statusCode).toBe(503);
    expect(problem.headers['content-type']).toContain('application/problem+json');
    expect(problem.json().detail).toContain('npm run build:web');
    expect((await app.inject({ url: '/health' })).statusCode).toBe(200);
  });
});

describe('the web app directory', () => {
  it('defaults to dist/web in the checkout and resolves GUIDEPOST_WEB_DIR against the working directory', () => {
    expect(DEFAULT_WEB_DIR).toBe(join(process.cwd(), 'dist', 'web'));
    expect(resolveWebDir(undefined)).toBe(DEFAULT_WEB_DIR);
    expect(resolveWebDir('build/app')).toBe(join(process.cwd(), 'build', 'app'));
    expect(resolveWebDir('/srv/guidepost')).toBe('/srv/guidepost');
  });
});
