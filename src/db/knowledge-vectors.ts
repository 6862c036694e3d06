import { sql } from 'drizzle-orm';
import { queryRows, type Db } from './client.js';
import type { ChunkHit, KnowledgeScope } from './knowledge-search.js';

/**
 * Chunk embeddings in `knowledge_chunk_embeddings` (pgvector), a table that exists only where the database has
 * the `vector` extension (see migration 0010). Vectors are sent as pgvector's text form `[x,y,…]`.
 */

/** True when this database can store and search embeddings (pgvector installed, embeddings table present). */
export async function vectorSearchAvailable(db: Db): Promise<boolean> {
  const [row] = await queryRows<{ present: boolean }>(
    db,
    sql`SELECT to_regclass('knowledge_chunk_embeddings') IS NOT NULL AS present`,
  );
  return Boolean(row?.present);
}

const vectorText = (vector: number[]) => `[${vector.join(',')}]`;

/** Stores (or replaces) the embeddings of a document's chunks, `vectors[i]` for `chunkIds[i]`. */
export async function storeChunkEmbeddings(
  db: Db,
  scope: KnowledgeScope,
  model: string,
  chunkIds: string[],
  vectors: number[][],
): Promise<void> {
  if (chunkIds.length !== vectors.length)
    throw new Error(`the embedder gave ${vectors.length} vectors for ${chunkIds.length} chunks`);
  for (const [i, chunkId] of chunkIds.entries())
    await db.execute(sql`
      INSERT INTO knowledge_chunk_embeddings (chunk_id, tenant_id, sidekick_id, model, embedding)
      VALUES (${chunkId}, ${scope.tenantId}, ${scope.sidekickId}, ${model}, ${vectorText(vectors[i]!)}::vector)
      ON CONFLICT (chunk_id) DO UPDATE SET model = EXCLUDED.model, embedding = EXCLUDED.embedding`);
}

/**
 * The scope's chunks nearest to `vector` by cosine distance (pgvector `<=>`), among those embedded by `model`,
 * best first; `score` is the cosine similarity. At most `limit`.
 */
export async function searchChunksByVector(
  db: Db,
  scope: KnowledgeScope,
  model: string,
  vector: number[],
  limit: number,
): Promise<ChunkHit[]> {
  const rows = await queryRows<{ chunk_id: string; document_id: string; score: number }>(
    db,
    sql`
      SELECT e.chunk_id, c.document_id, 1 - (e.embedding <=> ${vectorText(vector)}::vector) AS score
      FROM knowledge_chunk_embeddings e JOIN knowledge_chunks c ON c.id = e.chunk_id
      WHERE e.tenant_id = ${scope.tenantId} AND e.sidekick_id = ${scope.sidekickId} AND e.model = ${model}
      ORDER BY e.embedding <=> ${vectorText(vector)}::vector
      LIMIT ${limit}`,
  );
  return rows.map((row) => ({
    chunkId: row.chunk_id,
    documentId: row.document_id,
    score: Number(row.score),
  }));
}
