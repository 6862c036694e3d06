import closeWithGrace from 'close-with-grace';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../config/config.js';
import { hasAnyUser } from '../../db/accounts.js';
import { buildApp } from '../../server/app.js';
import { resolveWebDir } from '../../server/plugins/web.js';

/**
 * `guidepost serve`: the HTTP API and the built web app (GUIDEPOST_WEB_DIR, default dist/web) on HOST:PORT
 * with the configured database. `npm start` builds the web app first when it is missing or stale (the
 * `prestart` script); plain `guidepost serve` never builds. SIGINT/SIGTERM close it gracefully: in-flight
 * requests finish, the queue stops, the database closes.
 */
export async function serveCommand(): Promise<void> {
  const config = loadConfig();
  const app = await buildApp({ config });
  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'closing after an error');
    else app.log.info({ signal }, 'closing');
    await app.close();
  });
  const address = await app.listen({ port: config.PORT, host: config.HOST });
  const webDir = resolveWebDir(config.GUIDEPOST_WEB_DIR);
  const web = existsSync(join(webDir, 'index.html'))
    ? `the web app: ${address}/`
    : `the web app is not built in ${webDir}: run \`npm run build:web\``;
  app.log.info(`Guidepost is listening on ${address} (${web}; API docs: ${address}/api/docs)`);
  if (!(await hasAnyUser(app.database.db)))
    app.log.info(
      `No account yet: POST ${address}/api/v1/auth/sign-up {"email","password","name"} or run \`guidepost user create --email you@example.com --password '…' --superadmin\`; the first account becomes superadmin of the default tenant`,
    );
}
