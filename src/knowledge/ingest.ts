import type { Db } from '../db/client.js';
import {
  getKnowledgeDocumentContent,
  replaceKnowledgeChunks,
  setKnowledgeDocumentStatus,
  type NewKnowledgeChunk,
} from '../db/knowledge-documents.js';
import { storeChunkEmbeddings } from '../db/knowledge-vectors.js';
import { chunkSections, DEFAULT_CHUNK_OPTIONS, type ChunkOptions } from './chunk.js';
import type { Embedder } from './embeddings.js';
import { DocumentParseError, detectFormat, parseDocument } from './parse/index.js';
import type { ParsedDocument } from './types.js';

/** Separates the title and headings in a chunk's context. */
export const CONTEXT_SEPARATOR = ' › ';

/** What processing a document needs: the database, and the embedder when vector search is on. */
export interface IngestDeps {
  db: Db;
  /** Null when no embedding model is configured or the database has no pgvector. */
  embedder: Embedder | null;
  chunkOptions?: ChunkOptions;
}

/** A parsed document's chunks, each with its context: the document title and the headings above it. */
export function chunkDocument(
  title: string,
  parsed: ParsedDocument,
  options: ChunkOptions = DEFAULT_CHUNK_OPTIONS,
): NewKnowledgeChunk[] {
  return chunkSections(parsed.sections, options).map((chunk) => ({
    ordinal: chunk.ordinal,
    page: chunk.page,
    context: [title, ...chunk.headings].join(CONTEXT_SEPARATOR),
    text: chunk.text,
    charStart: chunk.charStart,
    charEnd: chunk.charEnd,
    tokenCount: chunk.tokenCount,
  }));
}

/**
 * Processes a stored document: `parsing` (read its bytes by format), `chunking`, `indexing` (store the chunks,
 * whose full-text vectors PostgreSQL generates, and their embeddings when an embedder is given), `ready`. A
 * document that cannot be read (DocumentParseError) ends `failed` with the reason and this returns normally;
 * other errors (the database, the embedding provider) mark it failed too and are rethrown, so the job is
 * retried. Does nothing when the document is gone (deleted meanwhile) or has no bytes.
 */
export async function processDocument(deps: IngestDeps, documentId: string): Promise<void> {
  const { db } = deps;
  const document = await getKnowledgeDocumentContent(db, documentId);
  if (!document?.content) return;
  try {
    await setKnowledgeDocumentStatus(db, documentId, 'parsing');
    const format = detectFormat(document.source === 'url' ? '' : document.filename, document.contentType);
    if (!format) throw new DocumentParseError(`the file type ${document.contentType} is not supported`);
    const parsed = await parseDocument(format, document.content);
    const title = document.source === 'upload' ? document.title : (parsed.title ?? document.title);
    await setKnowledgeDocumentStatus(db, documentId, 'chunking', { title, pageCount: parsed.pageCount });
    const chunks = chunkDocument(title, parsed, deps.chunkOptions);
    await setKnowledgeDocumentStatus(db, documentId, 'indexing');
    const ids = await replaceKnowledgeChunks(db, document, chunks);
    if (deps.embedder) {
      const vectors = await deps.embedder.embed(chunks.map((chunk) => `${chunk.context}\n\n${chunk.text}`));
      await storeChunkEmbeddings(db, document, deps.embedder.model, ids, vectors);
    }
    await setKnowledgeDocumentStatus(db, documentId, 'ready', { chunkCount: chunks.length });
  } catch (error) {
    const reason =
      error instanceof DocumentParseError ? error.message : `processing failed: ${(error as Error).message}`;
    await replaceKnowledgeChunks(db, document, []);
    await setKnowledgeDocumentStatus(db, documentId, 'failed', { reason, chunkCount: 0 });
    if (!(error instanceof DocumentParseError)) throw error;
  }
}
