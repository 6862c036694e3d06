import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { GuideSessions } from './guide-sessions.js';
import { RunFileService } from './run-files.js';
import { RunHandles } from './run-handles.js';
import { RunService } from './run-service.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The run service: start runs, form commands, guide messages (see RunService). */
    runs: RunService;
    /** Files of `file_upload` fields: upload checks, storage, download (see RunFileService). */
    runFiles: RunFileService;
  }
}

/**
 * Decorates the app with the run service, the run-file service, their run-handle cache and the guide-session
 * cache. Handles get `app.runAppendHooks` (the array itself, so hooks other plugins push later apply as well).
 */
async function runsPlugin(app: FastifyInstance): Promise<void> {
  const db = app.database.db;
  const handles = new RunHandles(db, app.runAppendHooks);
  const guides = new GuideSessions(db, handles, app.config);
  const files = new RunFileService(db, handles);
  app.decorate('runFiles', files);
  app.decorate('runs', new RunService(db, handles, guides, app.runAppendHooks, files));
}

export default fp(runsPlugin, { name: 'runs', dependencies: ['database'] });
