import type { FastifyInstance } from 'fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/config.js';
import { buildApp } from '../../src/server/app.js';
import { buildWebApp, type WebApp } from './web-server.js';

/**
 * The whole product for a browser test: the web app built into a temporary directory and the real API
 * (`buildApp`, embedded PGlite in a temporary data dir, silent logs) serving both on 127.0.0.1 at a free
 * port, the way `npm start` does, with `env` added to its configuration (e.g. GUIDEPOST_MCP_SERVERS). `api`
 * is the server itself (for tests that set up data through its runtime). `close()` stops the server and
 * removes both directories.
 */
export async function startGuidepost(
  env: Record<string, string> = {},
): Promise<WebApp & { api: FastifyInstance }> {
  const webDir = await buildWebApp();
  const dataDir = mkdtempSync(join(tmpdir(), 'guidepost-e2e-data-'));
  const config = loadConfig({
    GUIDEPOST_DATA_DIR: dataDir,
    GUIDEPOST_WEB_DIR: webDir,
    LOG_LEVEL: 'silent',
    APP_SECRET: 'e2e-app-secret-that-is-long-enough-0123456789',
    ...env,
  });
  const app = await buildApp({ config, logger: false });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url,
    api: app,
    async close() {
      await app.close();
      rmSync(webDir, { recursive: true, force: true });
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
