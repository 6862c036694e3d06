import { beforeAll, expect, it } from 'vitest';
import { insertKnowledgeDocument } from '../../src/db/knowledge-documents.js';
import { vectorSearchAvailable } from '../../src/db/knowledge-vectors.js';
import { insertSidekick } from '../../src/db/sidekicks.js';
import type { Embedder } from '../../src/knowledge/embeddings.js';
import { processDocument } from '../../src/knowledge/ingest.js';
import { searchKnowledge } from '../../src/knowledge/retrieve.js';
import { queryRows } from '../../src/db/client.js';
import { describeEachDatabase } from '../db/databases.js';

/** A bag-of-words embedder over 32 dimensions in which "automobile" and "car" are the same word. */
const fakeEmbedder: Embedder = {
  model: 'test:bag-of-words',
  async embed(texts) {
    return texts.map((text) => {
      const vector = Array.from({ length: 32 }, () => 0);
      for (const raw of text.toLowerCase().match(/[a-z]+/g) ?? []) {
        const word = raw === 'automobile' ? 'car' : raw;
        let hash = 0;
        for (const ch of word) hash = (hash * 31 + ch.charCodeAt(0)) % 32;
        vector[hash]! += 1;
      }
      return vector;
    });
  },
};

describeEachDatabase('knowledge search with embeddings', (ctx) => {
  let scope: { tenantId: string; sidekickId: string };
  let available = false;
  beforeAll(async () => {
    available = await vectorSearchAvailable(ctx.db);
    const sidekick = await insertSidekick(ctx.db, { tenantId: 't-vec', name: 'Vec', slug: 'vec' });
    scope = { tenantId: 't-vec', sidekickId: sidekick.id };
  });

  it('stores chunk embeddings and fuses vector neighbours with full-text hits', async (test) => {
    if (!available) test.skip('this PostgreSQL has no pgvector: knowledge search is full-text only here');
    for (const [name, text] of [
      ['garage.txt', 'Our garage does car repair and tyre changes on weekdays.'],
      ['bakery.txt', 'The bakery sells bread, cakes and pastries every morning.'],
    ]) {
      const { document } = await insertKnowledgeDocument(ctx.db, {
        ...scope,
        title: name!,
        source: 'upload',
        filename: name!,
        contentType: 'text/plain',
        content: Buffer.from(text!),
        contentHash: name!,
      });
      await processDocument({ db: ctx.db, embedder: fakeEmbedder }, document.id);
    }
    const [row] = await queryRows<{ n: number }>(
      ctx.db,
      'SELECT count(*)::int AS n FROM knowledge_chunk_embeddings',
    );
    expect(row?.n).toBe(2);
    const fullTextOnly = await searchKnowledge({ db: ctx.db, embedder: null }, scope, 'automobile', 5);
    expect(fullTextOnly).toEqual([]);
    const hybrid = await searchKnowledge({ db: ctx.db, embedder: fakeEmbedder }, scope, 'automobile', 5);
    expect(hybrid[0]).toMatchObject({ documentTitle: 'garage.txt', citation: 'garage.txt' });
  });
});
