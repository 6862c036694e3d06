import { sql } from 'drizzle-orm';
import { queryRows, type Db } from './client.js';

/** Whose chunks a search looks at: one sidekick of one tenant. */
export interface KnowledgeScope {
  tenantId: string;
  sidekickId: string;
}

/**
 * Okapi BM25 parameters (Robertson & Zaragoza, "The Probabilistic Relevance Framework: BM25 and Beyond", 2009):
 * `k1` saturates term frequency, `b` normalises by chunk length; `contextWeight` is how many body occurrences
 * one occurrence in the title or headings counts as (BM25F-style field weighting, same paper §3.7).
 */
export interface Bm25Options {
  k1: number;
  b: number;
  contextWeight: number;
}

/** Measured on the CLAP-NQ dev questions (see README, "Knowledge base"). */
export const DEFAULT_BM25: Bm25Options = { k1: 1.2, b: 0.75, contextWeight: 3 };

/** One ranked chunk: its id, its document and its score (higher is better; scores compare within one query). */
export interface ChunkHit {
  chunkId: string;
  documentId: string;
  score: number;
}

/**
 * Full-text search with BM25 over the scope's chunks, computed in SQL from the GIN-indexed tsvectors: the
 * query's words are normalised by PostgreSQL's `english` configuration (stemming, stop words), a chunk
 * matching any of them is a candidate (an OR of the lexemes, so a question need not match every word), and
 * each matching lexeme adds idf · tf·(k1+1) / (tf + k1·(1 − b + b·len/avglen)), where tf counts an occurrence in
 * the title or headings (weight A) `contextWeight` times. Document frequencies and the average length are
 * those of the scope. Scores are rounded to 9 decimals and ties go to the older document, then the earlier
 * chunk, so a ranking does not depend on the order rows are summed in. Returns at most `limit` chunks, best
 * first; none when the query has no searchable word.
 */
export async function searchChunksFullText(
  db: Db,
  scope: KnowledgeScope,
  query: string,
  limit: number,
  options: Bm25Options = DEFAULT_BM25,
): Promise<ChunkHit[]> {
  const rows = await queryRows<{ chunk_id: string; document_id: string; score: number }>(
    db,
    sql`
      WITH terms AS MATERIALIZED (
        SELECT DISTINCT lexeme FROM unnest(to_tsvector('english', ${query}))
      ),
      q AS MATERIALIZED (
        SELECT string_agg(quote_literal(lexeme), ' | ')::tsquery AS tsq FROM terms
      ),
      stats AS MATERIALIZED (
        SELECT count(*)::float8 AS n, coalesce(avg(token_count), 1)::float8 AS avglen
        FROM knowledge_chunks
        WHERE tenant_id = ${scope.tenantId} AND sidekick_id = ${scope.sidekickId}
      ),
      df AS MATERIALIZED (
        SELECT t.lexeme,
          (SELECT count(*) FROM knowledge_chunks c
           WHERE c.tenant_id = ${scope.tenantId} AND c.sidekick_id = ${scope.sidekickId}
             AND c.search_vector @@ quote_literal(t.lexeme)::tsquery)::float8 AS df
        FROM terms t
      ),
      candidates AS MATERIALIZED (
        SELECT c.id, c.document_id, c.ordinal, c.token_count, c.search_vector
        FROM knowledge_chunks c, q
        WHERE c.tenant_id = ${scope.tenantId} AND c.sidekick_id = ${scope.sidekickId}
          AND q.tsq IS NOT NULL AND c.search_vector @@ q.tsq
      ),
      matches AS MATERIALIZED (
        SELECT c.id, c.document_id, c.ordinal, c.token_count, u.lexeme,
          (SELECT sum(CASE WHEN w = 'A' THEN ${options.contextWeight}::float8 ELSE 1 END) FROM unnest(u.weights) w) AS tf
        FROM candidates c, unnest(c.search_vector) u
        WHERE u.lexeme IN (SELECT lexeme FROM terms)
      )
      SELECT m.id AS chunk_id, m.document_id,
        round(sum(
          ln(1 + (s.n - df.df + 0.5) / (df.df + 0.5))
          * m.tf * (${options.k1}::float8 + 1)
          / (m.tf + ${options.k1}::float8 * (1 - ${options.b}::float8 + ${options.b}::float8 * m.token_count / s.avglen))
        )::numeric, 9)::float8 AS score
      FROM matches m JOIN df ON df.lexeme = m.lexeme CROSS JOIN stats s
        JOIN knowledge_documents d ON d.id = m.document_id
      GROUP BY m.id, m.document_id, m.ordinal, d.created_at
      ORDER BY score DESC, d.created_at, m.ordinal
      LIMIT ${limit}
    `,
  );
  return rows.map((row) => ({
    chunkId: row.chunk_id,
    documentId: row.document_id,
    score: Number(row.score),
  }));
}
