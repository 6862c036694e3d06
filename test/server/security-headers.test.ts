import type { FastifyInstance } from 'fastify';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { openDatabase, type Database } from '../../src/db/client.js';
import { buildApp } from '../../src/server/app.js';

const THEME = "document.documentElement.classList.add('dark');";
const INDEX = `<!doctype html><html><head><script>${THEME}</script></head><body><div id="root"></div><script type="module" src="/assets/app-abc123.js"></script></body></html>`;
const html = { accept: 'text/html' };

async function appServing(webDir: string): Promise<{ app: FastifyInstance; database: Database }> {
  const database = await openDatabase({ dataDir: 'memory://' });
  const config = loadConfig({
    GUIDEPOST_DATA_DIR: await mkdtemp(join(tmpdir(), 'guidepost-headers-')),
    APP_SECRET: 'test-secret-test-secret-test-secret!',
    GUIDEPOST_WEB_DIR: webDir,
  });
  const app = await buildApp({ config, database, logger: false });
  await app.ready();
  return { app, database };
}

function expectSecurityHeaders(headers: Record<string, unknown>): string {
  const csp = String(headers['content-security-policy'] ?? '');
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBeTruthy();
  return csp;
}

// Headers of HTML answers need no second engine: one in-memory PGlite, a fake build in a temp dir.
describe('security headers on every HTML answer', () => {
  let built: { app: FastifyInstance; database: Database };
  let unbuilt: { app: FastifyInstance; database: Database };

  beforeAll(async () => {
    const webDir = join(await mkdtemp(join(tmpdir(), 'guidepost-web-')), 'web');
    await mkdir(join(webDir, 'assets'), { recursive: true });
    await writeFile(join(webDir, 'index.html'), INDEX);
    await writeFile(join(webDir, 'assets', 'app-abc123.js'), 'console.log(1);');
    built = await appServing(webDir);
    unbuilt = await appServing(join(webDir, 'missing'));
  });
  afterAll(async () => {
    for (const { app, database } of [built, unbuilt]) {
      await app?.close();
      await database?.close();
    }
  });

  it('sends CSP (allowing only the inline script of index.html, by hash), nosniff and Referrer-Policy on the app', async () => {
    for (const url of ['/', '/index.html', '/runs/some-run', '/wizards']) {
      const response = await built.app.inject({ url, headers: html });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type']).toContain('text/html');
      const csp = expectSecurityHeaders(response.headers);
      const hash = createHash('sha256').update(THEME).digest('base64');
      expect(csp).toContain(`'sha256-${hash}'`);
      expect(csp).not.toContain("script-src 'self' 'unsafe-inline'");
    }
  });

  it('sends them on the page that says the app is not built, and on the API docs', async () => {
    const notBuilt = await unbuilt.app.inject({ url: '/', headers: html });
    expect(notBuilt.headers['content-type']).toContain('text/html');
    expectSecurityHeaders(notBuilt.headers);
    const docs = await built.app.inject({ url: '/api/docs', headers: html });
    expect(docs.headers['content-type']).toContain('text/html');
    expectSecurityHeaders(docs.headers);
  });
});
