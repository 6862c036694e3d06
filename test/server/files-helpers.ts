import type { FastifyInstance } from 'fastify';
import type { TestAccount } from './auth-helpers.js';
import type { StartedRun, StartJson } from './runs-helpers.js';

/**
 * Creates and publishes (in the owner's tenant) a one-step wizard with a `file_upload` field `cv`, and starts
 * an anonymous run of it. Throws unless each step succeeds.
 */
export async function startFilesRun(
  app: FastifyInstance,
  owner: TestAccount,
  slug: string,
): Promise<StartedRun> {
  const created = await app.inject({
    method: 'POST',
    url: '/api/v1/wizards',
    headers: owner.headers,
    payload: {
      id: slug,
      name: 'Files',
      slug,
      steps: [{ id: 'upload', title: 'Upload', fields: [{ name: 'cv', label: 'CV', type: 'file_upload' }] }],
    },
  });
  if (created.statusCode !== 201) throw new Error(`create: ${created.statusCode} ${created.body}`);
  const id = created.json<{ id: string }>().id;
  const published = await app.inject({
    method: 'POST',
    url: `/api/v1/wizards/${id}/publish`,
    headers: owner.headers,
    payload: {},
  });
  if (published.statusCode !== 200) throw new Error(`publish: ${published.statusCode} ${published.body}`);
  const started = await app.inject({
    method: 'POST',
    url: '/api/v1/runs',
    payload: { wizard_id: id, channel: 'form' },
  });
  if (started.statusCode !== 201) throw new Error(`start: ${started.statusCode} ${started.body}`);
  const body = started.json<StartJson>();
  return { id: body.run.id, token: body.run_token, headers: { 'x-run-token': body.run_token }, body };
}
