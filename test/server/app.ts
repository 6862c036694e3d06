import type { FastifyInstance } from 'fastify';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig, type Config } from '../../src/config/config.js';
import { buildApp } from '../../src/server/app.js';
import { describeEachDatabase, type DatabaseContext } from '../db/databases.js';

/** What a server suite gets: the app (ready, not listening) on a fresh database, and its context. */
export interface AppContext extends DatabaseContext {
  readonly app: FastifyInstance;
  readonly config: Config;
}

/**
 * Runs `fn` as a suite once per database engine (see describeEachDatabase) with a Guidepost app built on a
 * fresh database: use `ctx.app.inject(...)`, or `ctx.app.listen({ port: 0 })` for a real server.
 */
export function describeEachApp(
  name: string,
  fn: (ctx: AppContext) => void,
  env: Record<string, string> = {},
): void {
  describeEachDatabase(name, (db) => {
    let app: FastifyInstance | undefined;
    let config: Config | undefined;
    beforeAll(async () => {
      const dataDir = await mkdtemp(join(tmpdir(), 'guidepost-app-'));
      config = loadConfig({
        GUIDEPOST_DATA_DIR: dataDir,
        APP_SECRET: 'test-secret-test-secret-test-secret!',
        ...env,
      });
      app = await buildApp({ config, database: db.database, logger: false });
      await app.ready();
    });
    afterAll(async () => {
      await app?.close();
    });
    fn({
      get kind() {
        return db.kind;
      },
      get database() {
        return db.database;
      },
      get db() {
        return db.db;
      },
      get app() {
        if (!app) throw new Error('the app exists only inside tests and hooks');
        return app;
      },
      get config() {
        if (!config) throw new Error('the config exists only inside tests and hooks');
        return config;
      },
    });
  });
}
