import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { describeEachApp } from '../server/app.js';
import { signUp, type TestAccount } from '../server/auth-helpers.js';
import { makeDocxBomb, makeEncryptedPdf, makePdf } from './fixtures.js';

interface DocumentJson {
  id: string;
  title: string;
  status: string;
  status_reason: string | null;
  page_count: number | null;
  chunk_count: number;
  duplicate?: boolean;
}

function upload(
  app: FastifyInstance,
  account: TestAccount,
  sidekickId: string,
  name: string,
  bytes: Buffer,
  type: string,
) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
  return app.inject({
    method: 'POST',
    url: `/api/v1/sidekicks/${sidekickId}/documents`,
    headers: account.headers,
    payload: form,
  });
}

/** Polls the document list until the document leaves parsing/chunking/indexing (at most 30 s). */
async function settled(
  app: FastifyInstance,
  account: TestAccount,
  sidekickId: string,
  id: string,
): Promise<DocumentJson> {
  for (let i = 0; i < 300; i++) {
    const list = await app.inject({
      url: `/api/v1/sidekicks/${sidekickId}/documents`,
      headers: account.headers,
    });
    const doc = list.json<{ items: DocumentJson[] }>().items.find((d) => d.id === id);
    if (doc && (doc.status === 'ready' || doc.status === 'failed')) return doc;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`document ${id} never settled`);
}

describeEachApp(
  'knowledge base API',
  (ctx) => {
    let owner: TestAccount;
    let other: TestAccount;
    let sidekickId: string;
    let pdfId: string;
    beforeAll(async () => {
      owner = await signUp(ctx.app, 'kb-owner@example.com');
      other = await signUp(ctx.app, 'kb-other@example.com');
      sidekickId = (await ctx.app.runtime.sidekicks.create(owner.tenantId, { name: 'Handbook Helper' })).id;
    });

    it('processes an uploaded two-page PDF in a job and cites the right page in search', async () => {
      const pdf = await makePdf([
        'Welcome to the Acme employee handbook. Our office opens at nine every weekday morning.',
        'Refund policy: customers may return any product within thirty days for a full refund.',
      ]);
      const response = await upload(ctx.app, owner, sidekickId, 'handbook.pdf', pdf, 'application/pdf');
      expect(response.statusCode, response.body).toBe(202);
      const added = response.json<DocumentJson>();
      expect(added).toMatchObject({ title: 'handbook.pdf', status: 'parsing', duplicate: false });
      pdfId = added.id;
      expect(await settled(ctx.app, owner, sidekickId, pdfId)).toMatchObject({
        status: 'ready',
        page_count: 2,
      });

      const search = await ctx.app.inject({
        url: `/api/v1/sidekicks/${sidekickId}/search?q=${encodeURIComponent('how long do I have to return a product?')}`,
        headers: owner.headers,
      });
      expect(search.statusCode, search.body).toBe(200);
      const [best] = search.json<{ items: Array<{ citation: string; page: number; text: string }> }>().items;
      expect(best).toMatchObject({ citation: 'handbook.pdf, p. 2', page: 2 });
      expect(best!.text).toContain('within thirty days');
    });

    it('detects a re-upload of the same content', async () => {
      const sameBytes = Buffer.from('Exactly the same text twice.');
      const first = await upload(ctx.app, owner, sidekickId, 'a.txt', sameBytes, 'text/plain');
      const second = await upload(ctx.app, owner, sidekickId, 'b.txt', sameBytes, 'text/plain');
      expect(first.statusCode).toBe(202);
      expect(second.statusCode).toBe(200);
      expect(second.json()).toMatchObject({ id: first.json<DocumentJson>().id, duplicate: true });
      const list = await ctx.app.inject({
        url: `/api/v1/sidekicks/${sidekickId}/documents`,
        headers: owner.headers,
      });
      expect(
        list.json<{ items: DocumentJson[] }>().items.filter((d) => d.id === first.json<DocumentJson>().id),
      ).toHaveLength(1);
    });

    it('fails bad documents with clear reasons and keeps processing the others', async () => {
      const encrypted = await upload(
        ctx.app,
        owner,
        sidekickId,
        'secret.pdf',
        await makeEncryptedPdf(),
        'application/pdf',
      );
      const corrupt = await upload(
        ctx.app,
        owner,
        sidekickId,
        'broken.pdf',
        Buffer.from('%PDF-1.4 garbage'),
        'application/pdf',
      );
      const bomb = await upload(
        ctx.app,
        owner,
        sidekickId,
        'bomb.docx',
        await makeDocxBomb(),
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
      const good = await upload(
        ctx.app,
        owner,
        sidekickId,
        'notes.md',
        Buffer.from('# Notes\n\nThe wifi password is on the fridge.'),
        'text/markdown',
      );
      const outcomes = await Promise.all(
        [encrypted, corrupt, bomb, good].map((r) =>
          settled(ctx.app, owner, sidekickId, r.json<DocumentJson>().id),
        ),
      );
      expect(outcomes.map((d) => d.status)).toEqual(['failed', 'failed', 'failed', 'ready']);
      expect(outcomes[0]!.status_reason).toMatch(/encrypted with a password/);
      expect(outcomes[1]!.status_reason).toMatch(/PDF could not be read/);
      expect(outcomes[2]!.status_reason).toMatch(/ZIP bomb/);
      expect(await settled(ctx.app, owner, sidekickId, pdfId)).toMatchObject({ status: 'ready' });
    });

    it('refuses empty files, unsupported types, oversize uploads and private URLs with 4xx', async () => {
      const empty = await upload(ctx.app, owner, sidekickId, 'empty.txt', Buffer.alloc(0), 'text/plain');
      expect(empty.statusCode).toBe(422);
      const image = await upload(
        ctx.app,
        owner,
        sidekickId,
        'photo.png',
        Buffer.from([0x89, 0x50]),
        'image/png',
      );
      expect(image.statusCode).toBe(415);
      expect(image.json().detail).toMatch(/PDF, Word \(DOCX\), Markdown, plain text or HTML/);
      const huge = await upload(
        ctx.app,
        owner,
        sidekickId,
        'huge.txt',
        Buffer.alloc(256 * 1024 + 1, 0x61),
        'text/plain',
      );
      expect(huge.statusCode).toBe(413);
      for (const url of [
        'http://127.0.0.1:8080/admin',
        'http://localhost/',
        'http://[::1]/',
        'http://10.0.0.5/',
        'ftp://example.com/x',
      ]) {
        const response = await ctx.app.inject({
          method: 'POST',
          url: `/api/v1/sidekicks/${sidekickId}/documents`,
          headers: owner.headers,
          payload: { url },
        });
        expect(response.statusCode, url).toBe(422);
        expect(response.json().invalid_params?.[0]?.name ?? response.json().detail).toMatch(/body\.url|url/);
      }
    });

    it('keeps documents, chunks and searches within the tenant', async () => {
      const paths = [
        `/api/v1/sidekicks/${sidekickId}/documents`,
        `/api/v1/sidekicks/${sidekickId}/search?q=refund`,
      ];
      for (const url of paths)
        expect((await ctx.app.inject({ url, headers: other.headers })).statusCode).toBe(404);
      const del = await ctx.app.inject({
        method: 'DELETE',
        url: `/api/v1/sidekicks/${sidekickId}/documents/${pdfId}`,
        headers: other.headers,
      });
      expect(del.statusCode).toBe(404);
      const upload404 = await upload(
        ctx.app,
        other,
        sidekickId,
        'x.txt',
        Buffer.from('intruder'),
        'text/plain',
      );
      expect(upload404.statusCode).toBe(404);
      const otherSidekick = (await ctx.app.runtime.sidekicks.create(other.tenantId, { name: 'Other' })).id;
      const theirs = await ctx.app.inject({
        url: `/api/v1/sidekicks/${otherSidekick}/search?q=refund`,
        headers: other.headers,
      });
      expect(theirs.json().items).toEqual([]);
    });

    it('deletes a document with its passages', async () => {
      const del = await ctx.app.inject({
        method: 'DELETE',
        url: `/api/v1/sidekicks/${sidekickId}/documents/${pdfId}`,
        headers: owner.headers,
      });
      expect(del.statusCode, del.body).toBe(204);
      const search = await ctx.app.inject({
        url: `/api/v1/sidekicks/${sidekickId}/search?q=refund%20policy`,
        headers: owner.headers,
      });
      expect(search.json().items.map((p: { document_id: string }) => p.document_id)).not.toContain(pdfId);
      const again = await ctx.app.inject({
        method: 'DELETE',
        url: `/api/v1/sidekicks/${sidekickId}/documents/${pdfId}`,
        headers: owner.headers,
      });
      expect(again.statusCode).toBe(404);
    });

    it('says in /ready how knowledge search ranks', async () => {
      const ready = await ctx.app.inject({ url: '/ready' });
      expect(ready.json().checks.knowledge_search).toEqual({
        ok: true,
        detail: 'full-text (BM25) only: no embedding model configured',
      });
    });
  },
  { GUIDEPOST_KNOWLEDGE_MAX_BYTES: String(256 * 1024), GUIDEPOST_QUEUE_POLL_SECONDS: '0.5' },
);
