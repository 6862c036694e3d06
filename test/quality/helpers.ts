import type { FastifyInstance } from 'fastify';
import type { TestAccount } from '../server/auth-helpers.js';

/** The pages of the field guide the quality tests upload: a few facts per page. */
export const FIELD_GUIDE = [
  'Welcome to the Acme employee handbook. Our office opens at nine every weekday morning. Visitors sign in at the reception desk beside the lifts.',
  'Refund policy: customers may return any product within thirty days for a full refund. Shipping costs are not refunded. Damaged parcels are replaced free of charge.',
  'Security badges expire after twelve months and are renewed by the facilities team. Lost badges must be reported to security within one hour.',
];

/** Polls a run (at most 60 s) until it has ended; the run with its results. */
export async function finishedRun<T extends { status: string }>(
  app: FastifyInstance,
  account: TestAccount,
  sidekickId: string,
  runId: string,
): Promise<T> {
  for (let i = 0; i < 600; i++) {
    const run = (
      await app.inject({
        url: `/api/v1/sidekicks/${sidekickId}/quality/runs/${runId}`,
        headers: account.headers,
      })
    ).json<T>();
    if (run.status === 'finished' || run.status === 'failed') return run;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the run never ended');
}
