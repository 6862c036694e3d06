import type { FastifyInstance } from 'fastify';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { openDatabase, type Database } from '../../src/db/client.js';
import { buildApp } from '../../src/server/app.js';

const PAGE = '<!doctype html><html><head><title>x</title></head><body><div id="root"></div></body></html>';
const html = { accept: 'text/html' };

/**
 * Security headers on every page of the app (a stand-in build): the app's pages, the public wizard page,
 * the not-found page and the API docs send a CSP with `frame-ancestors` ('none' everywhere but the public
 * page, which lists the wizard's allowed origins), nosniff and a Referrer-Policy; non-HTML answers (the API,
 * embed.js) send nosniff and the Referrer-Policy.
 */
describe('security headers on every page', () => {
  let app: FastifyInstance;
  let database: Database;

  beforeAll(async () => {
    const webDir = join(await mkdtemp(join(tmpdir(), 'guidepost-pages-')), 'web');
    await mkdir(join(webDir, 'assets'), { recursive: true });
    await writeFile(join(webDir, 'index.html'), PAGE);
    await writeFile(join(webDir, 'public.html'), PAGE);
    await writeFile(join(webDir, 'embed.js'), '(()=>{})();');
    database = await openDatabase({ dataDir: 'memory://' });
    const config = loadConfig({
      GUIDEPOST_DATA_DIR: await mkdtemp(join(tmpdir(), 'guidepost-pages-data-')),
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

  const appPages = [
    '/',
    '/wizards',
    '/templates',
    '/runs',
    '/runs/some-run',
    '/settings',
    '/admin',
    '/sign-in',
  ];

  it("sends CSP with frame-ancestors 'none', X-Frame-Options, nosniff and Referrer-Policy on the app's pages", async () => {
    for (const url of [...appPages, '/w/nobody/nothing', '/api/docs/']) {
      const response = await app.inject({ url, headers: html });
      expect(response.headers['content-type'], url).toMatch(/text\/html/);
      const csp = String(response.headers['content-security-policy']);
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(csp, url).toContain("default-src 'self'");
      expect(csp, url).toContain("object-src 'none'");
      expect(response.headers['x-frame-options'], url).toBe('DENY');
      expect(response.headers['x-content-type-options'], url).toBe('nosniff');
      expect(response.headers['referrer-policy'], url).toBe('same-origin');
    }
  });

  it('lets only the allowed origins frame a public wizard page (none for a wizard that lists none)', async () => {
    const response = await app.inject({ url: '/w/default/lead-capture', headers: html });
    expect(response.statusCode).toBe(200);
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("img-src 'self' data: blob: https:");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('same-origin');
  });

  it('sends nosniff and Referrer-Policy on the API and on embed.js', async () => {
    for (const url of ['/api/v1/tenants', '/embed.js', '/health']) {
      const response = await app.inject({ url });
      expect(response.headers['x-content-type-options'], url).toBe('nosniff');
      expect(response.headers['referrer-policy'], url).toBe('same-origin');
    }
    expect((await app.inject({ url: '/embed.js' })).headers['content-type']).toMatch(/javascript/);
  });
});
