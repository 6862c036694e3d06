import type { Db } from '../db/client.js';
import { getKnowledgeChunks } from '../db/knowledge-documents.js';
import { searchChunksFullText, type ChunkHit, type KnowledgeScope } from '../db/knowledge-search.js';
import { searchChunksByVector } from '../db/knowledge-vectors.js';
import type { Embedder } from './embeddings.js';
import { reciprocalRankFusion } from './fusion.js';
import { CONTEXT_SEPARATOR } from './ingest.js';

/** One passage found: the chunk's text with what a citation needs. */
export interface KnowledgePassage {
  chunkId: string;
  documentId: string;
  /** The document's title (an upload's file name, a web page's title). */
  documentTitle: string;
  sourceUrl: string | null;
  /** 1-based page (PDF), else null. */
  page: number | null;
  /** 0-based position of the chunk in its document. */
  ordinal: number;
  /** The headings above the passage (empty when none). */
  headings: string[];
  text: string;
  /** How to cite it: the title, with the page when there is one ("handbook.pdf, p. 4"). */
  citation: string;
  /** 1-based rank in this answer. */
  rank: number;
}

/** What a search needs: the database and, when vector search is on, the embedder. */
export interface RetrieveDeps {
  db: Db;
  embedder: Embedder | null;
}

/** How many candidates each ranker gives the fusion, per passage asked for (at least 20). */
const CANDIDATES_PER_RESULT = 4;

/**
 * The chunk ids that best answer `query` in the scope, best first, at most `limit`: BM25 full-text ranking
 * (see searchChunksFullText) and, with an embedder, cosine similarity of embeddings, fused by reciprocal rank
 * (see reciprocalRankFusion). Without an embedder, the full-text ranking alone.
 */
export async function rankChunks(
  deps: RetrieveDeps,
  scope: KnowledgeScope,
  query: string,
  limit: number,
): Promise<ChunkHit[]> {
  const candidates = Math.max(20, limit * CANDIDATES_PER_RESULT);
  const fullText = await searchChunksFullText(deps.db, scope, query, candidates);
  if (!deps.embedder) return fullText.slice(0, limit);
  const [vector] = await deps.embedder.embed([query]);
  if (!vector) return fullText.slice(0, limit);
  const nearest = await searchChunksByVector(deps.db, scope, deps.embedder.model, vector, candidates);
  return reciprocalRankFusion([fullText, nearest], (hit) => hit.chunkId).slice(0, limit);
}

/** The passages that best answer `query` (see rankChunks), with document title, page and text, best first. */
export async function searchKnowledge(
  deps: RetrieveDeps,
  scope: KnowledgeScope,
  query: string,
  limit: number,
): Promise<KnowledgePassage[]> {
  const hits = await rankChunks(deps, scope, query, limit);
  const rows = new Map(
    (
      await getKnowledgeChunks(
        deps.db,
        scope,
        hits.map((h) => h.chunkId),
      )
    ).map((r) => [r.id, r]),
  );
  return hits.flatMap((hit, index) => {
    const row = rows.get(hit.chunkId);
    if (!row) return [];
    return [
      {
        chunkId: row.id,
        documentId: row.documentId,
        documentTitle: row.documentTitle,
        sourceUrl: row.sourceUrl,
        page: row.page,
        ordinal: row.ordinal,
        headings: row.context.split(CONTEXT_SEPARATOR).slice(1),
        text: row.text,
        citation: row.page ? `${row.documentTitle}, p. ${row.page}` : row.documentTitle,
        rank: index + 1,
      },
    ];
  });
}
