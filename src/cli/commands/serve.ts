import closeWithGrace from 'close-with-grace';
import { loadConfig } from '../../config/config.js';
import { hasAnyUser } from '../../db/accounts.js';
import { buildApp } from '../../server/app.js';

/**
 * `guidepost serve`: the HTTP API (and, later, the web app) on HOST:PORT with the configured database.
 * SIGINT/SIGTERM close it gracefully: in-flight requests finish, the queue stops, the database closes.
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
  app.log.info(`Guidepost is listening on ${address} (API docs: ${address}/api/docs)`);
  if (!(await hasAnyUser(app.database.db)))
    app.log.info(
      `No account yet: POST ${address}/api/v1/auth/sign-up {"email","password","name"} or run \`guidepost user create --email you@example.com --password '…' --superadmin\`; the first account becomes superadmin of the default tenant`,
    );
}
