import { sql, type SQL } from 'drizzle-orm';
import {
  check,
  customType,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAtColumn, idColumn, ownedBy, tenantIdColumn } from './columns.js';
import type { KnowledgeDocumentStatus, KnowledgeSource } from '../core/knowledge.js';
import { sidekicks } from './schema-sidekicks.js';

/**
 * Tables of the knowledge base: a sidekick's documents (uploads and imported web pages) and their chunks, the
 * passages that retrieval ranks. Full-text search works on every PostgreSQL (`knowledge_chunks.search_vector`,
 * a GIN-indexed tsvector); embeddings live in `knowledge_chunk_embeddings`, a table the migration creates only
 * where pgvector exists (PGlite; a PostgreSQL server with the extension), outside this schema.
 */

export {
  KNOWLEDGE_DOCUMENT_STATUSES,
  KNOWLEDGE_SOURCES,
  type KnowledgeDocumentStatus,
  type KnowledgeSource,
} from '../core/knowledge.js';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * The text search configuration of the knowledge base (English stemming and stop words); queries must use the
 * same one.
 */
export const KNOWLEDGE_TS_CONFIG = 'english';

/**
 * A document of a sidekick's knowledge base. `content` holds the uploaded bytes (or the fetched page) until
 * processing is done with them; `content_hash` (sha256 of the bytes) detects a re-upload of the same content to
 * the same sidekick. `status` moves through parsing, chunking and indexing to ready, or to failed with a reason
 * a person understands.
 */
export const knowledgeDocuments = pgTable(
  'knowledge_documents',
  {
    id: idColumn(),
    tenantId: tenantIdColumn(),
    sidekickId: ownedBy('sidekick_id', () => sidekicks.id),
    title: text('title').notNull(),
    source: text('source').$type<KnowledgeSource>().notNull(),
    /** The original file name of an upload, or the page's URL for an import. */
    filename: text('filename').notNull(),
    sourceUrl: text('source_url'),
    contentType: text('content_type').notNull(),
    /** Size of the uploaded or fetched bytes. */
    sizeBytes: integer('size_bytes').notNull(),
    contentHash: text('content_hash').notNull(),
    content: customType<{ data: Buffer }>({ dataType: () => 'bytea' })('content'),
    status: text('status').$type<KnowledgeDocumentStatus>().notNull().default('parsing'),
    statusReason: text('status_reason'),
    pageCount: integer('page_count'),
    chunkCount: integer('chunk_count').notNull().default(0),
    createdBy: text('created_by'),
    createdAt: createdAtColumn(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('knowledge_documents_sidekick_idx').on(t.tenantId, t.sidekickId, t.createdAt),
    uniqueIndex('knowledge_documents_content_key').on(t.tenantId, t.sidekickId, t.contentHash),
    check(
      'knowledge_documents_status_check',
      sql`${t.status} in ('parsing', 'chunking', 'indexing', 'ready', 'failed')`,
    ),
    check('knowledge_documents_source_check', sql`${t.source} in ('upload', 'url')`),
  ],
);

/**
 * One passage of a document: its text, the page it is on (PDF; null elsewhere), the headings above it, and its
 * position (`ordinal`, 0-based in the document; `char_start`/`char_end` in the page's or document's text).
 * `search_vector` is generated: the document title and headings weighted A, the text weighted B.
 * `token_count` is the number of words of `text` (the length BM25 normalises by).
 */
export const knowledgeChunks = pgTable(
  'knowledge_chunks',
  {
    id: idColumn(),
    tenantId: tenantIdColumn(),
    sidekickId: uuid('sidekick_id').notNull(),
    documentId: ownedBy('document_id', () => knowledgeDocuments.id),
    ordinal: integer('ordinal').notNull(),
    page: integer('page'),
    /** The document title and the headings above the chunk, joined with " › ". */
    context: text('context').notNull(),
    text: text('text').notNull(),
    charStart: integer('char_start').notNull(),
    charEnd: integer('char_end').notNull(),
    tokenCount: integer('token_count').notNull(),
    searchVector: tsvector('search_vector')
      .notNull()
      .generatedAlwaysAs(
        (): SQL =>
          sql`setweight(to_tsvector('english', ${knowledgeChunks.context}), 'A') || setweight(to_tsvector('english', ${knowledgeChunks.text}), 'B')`,
      ),
  },
  (t) => [
    index('knowledge_chunks_document_idx').on(t.documentId, t.ordinal),
    index('knowledge_chunks_sidekick_idx').on(t.tenantId, t.sidekickId),
    index('knowledge_chunks_search_idx').using('gin', t.searchVector),
  ],
);
