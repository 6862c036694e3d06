import type { FastifyInstance } from 'fastify';
import type { TestAccount } from '../server/auth-helpers.js';
import { makePdf } from './fixtures.js';

/**
 * Uploads a PDF with one page per text to the sidekick's knowledge base (as `handbook.pdf`) and polls the
 * document list (at most 30 s) until it is processed; its id. Throws when processing failed or never ended.
 */
export async function uploadPdf(
  app: FastifyInstance,
  account: TestAccount,
  sidekickId: string,
  pages: string[],
): Promise<string> {
  const form = new FormData();
  const pdf = await makePdf(pages);
  form.append('file', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), 'handbook.pdf');
  const added = await app.inject({
    method: 'POST',
    url: `/api/v1/sidekicks/${sidekickId}/documents`,
    headers: account.headers,
    payload: form,
  });
  const id = added.json<{ id: string }>().id;
  for (let i = 0; i < 300; i++) {
    const list = await app.inject({
      url: `/api/v1/sidekicks/${sidekickId}/documents`,
      headers: account.headers,
    });
    const doc = list.json<{ items: Array<{ id: string; status: string }> }>().items.find((d) => d.id === id);
    if (doc?.status === 'ready') return id;
    if (doc?.status === 'failed') throw new Error('the PDF failed');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the PDF never settled');
}
