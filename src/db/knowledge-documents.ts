import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from './client.js';
import type { KnowledgeScope } from './knowledge-search.js';
import {
  knowledgeChunks,
  knowledgeDocuments,
  type KnowledgeDocumentStatus,
  type KnowledgeSource,
} from './schema-knowledge.js';

/** A document as listed: everything but its bytes. */
export interface KnowledgeDocumentRow {
  id: string;
  tenantId: string;
  sidekickId: string;
  title: string;
  source: KnowledgeSource;
  filename: string;
  sourceUrl: string | null;
  contentType: string;
  sizeBytes: number;
  contentHash: string;
  status: KnowledgeDocumentStatus;
  statusReason: string | null;
  pageCount: number | null;
  chunkCount: number;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** What a new document is made of. */
export interface NewKnowledgeDocument extends KnowledgeScope {
  title: string;
  source: KnowledgeSource;
  filename: string;
  sourceUrl?: string | null;
  contentType: string;
  content: Buffer;
  contentHash: string;
  createdBy?: string | null;
}

const listed = {
  id: knowledgeDocuments.id,
  tenantId: knowledgeDocuments.tenantId,
  sidekickId: knowledgeDocuments.sidekickId,
  title: knowledgeDocuments.title,
  source: knowledgeDocuments.source,
  filename: knowledgeDocuments.filename,
  sourceUrl: knowledgeDocuments.sourceUrl,
  contentType: knowledgeDocuments.contentType,
  sizeBytes: knowledgeDocuments.sizeBytes,
  contentHash: knowledgeDocuments.contentHash,
  status: knowledgeDocuments.status,
  statusReason: knowledgeDocuments.statusReason,
  pageCount: knowledgeDocuments.pageCount,
  chunkCount: knowledgeDocuments.chunkCount,
  createdBy: knowledgeDocuments.createdBy,
  createdAt: knowledgeDocuments.createdAt,
  updatedAt: knowledgeDocuments.updatedAt,
};

const inScope = (scope: KnowledgeScope) =>
  and(eq(knowledgeDocuments.tenantId, scope.tenantId), eq(knowledgeDocuments.sidekickId, scope.sidekickId));

/**
 * Inserts a document in status `parsing`. When the sidekick already has a document with the same content hash,
 * inserts nothing and answers that one with `duplicate: true`.
 */
export async function insertKnowledgeDocument(
  db: Db,
  document: NewKnowledgeDocument,
): Promise<{ document: KnowledgeDocumentRow; duplicate: boolean }> {
  const [inserted] = await db
    .insert(knowledgeDocuments)
    .values({
      ...document,
      sourceUrl: document.sourceUrl ?? null,
      sizeBytes: document.content.length,
      createdBy: document.createdBy ?? null,
    })
    .onConflictDoNothing()
    .returning(listed);
  if (inserted) return { document: inserted, duplicate: false };
  const [existing] = await db
    .select(listed)
    .from(knowledgeDocuments)
    .where(and(inScope(document), eq(knowledgeDocuments.contentHash, document.contentHash)));
  if (!existing) throw new Error('a document with this content vanished while it was being added');
  return { document: existing, duplicate: true };
}

/** The scope's documents, newest first, without their bytes. */
export async function listKnowledgeDocuments(db: Db, scope: KnowledgeScope): Promise<KnowledgeDocumentRow[]> {
  return db
    .select(listed)
    .from(knowledgeDocuments)
    .where(inScope(scope))
    .orderBy(desc(knowledgeDocuments.createdAt), knowledgeDocuments.id);
}

/** One document of the scope, or null. */
export async function getKnowledgeDocument(
  db: Db,
  scope: KnowledgeScope,
  id: string,
): Promise<KnowledgeDocumentRow | null> {
  const [row] = await db
    .select(listed)
    .from(knowledgeDocuments)
    .where(and(inScope(scope), eq(knowledgeDocuments.id, id)));
  return row ?? null;
}

/** A document's stored bytes (null once dropped) with its scope, for processing; null when it is gone. */
export async function getKnowledgeDocumentContent(
  db: Db,
  id: string,
): Promise<(KnowledgeDocumentRow & { content: Buffer | null }) | null> {
  const [row] = await db
    .select({ ...listed, content: knowledgeDocuments.content })
    .from(knowledgeDocuments)
    .where(eq(knowledgeDocuments.id, id));
  // PGlite answers bytea as a Uint8Array, node-postgres as a Buffer.
  return row ? { ...row, content: row.content ? Buffer.from(row.content) : null } : null;
}

/** Moves a document to `status` (with a reason for `failed`, cleared otherwise) and sets the given counts. */
export async function setKnowledgeDocumentStatus(
  db: Db,
  id: string,
  status: KnowledgeDocumentStatus,
  extra: { reason?: string; title?: string; pageCount?: number | null; chunkCount?: number } = {},
): Promise<void> {
  await db
    .update(knowledgeDocuments)
    .set({
      status,
      statusReason: extra.reason ?? null,
      updatedAt: sql`now()`,
      ...(extra.title !== undefined ? { title: extra.title } : {}),
      ...(extra.pageCount !== undefined ? { pageCount: extra.pageCount } : {}),
      ...(extra.chunkCount !== undefined ? { chunkCount: extra.chunkCount } : {}),
    })
    .where(eq(knowledgeDocuments.id, id));
}

/** Stores a fetched page's bytes and content type on a URL document. */
export async function setKnowledgeDocumentContent(
  db: Db,
  id: string,
  content: Buffer,
  contentType: string,
): Promise<void> {
  await db
    .update(knowledgeDocuments)
    .set({ content, contentType, sizeBytes: content.length, updatedAt: sql`now()` })
    .where(eq(knowledgeDocuments.id, id));
}

/** Deletes a document of the scope and, by cascade, its chunks and embeddings. True when it existed. */
export async function deleteKnowledgeDocument(db: Db, scope: KnowledgeScope, id: string): Promise<boolean> {
  const deleted = await db
    .delete(knowledgeDocuments)
    .where(and(inScope(scope), eq(knowledgeDocuments.id, id)))
    .returning({ id: knowledgeDocuments.id });
  return deleted.length > 0;
}

/** A chunk to store. `context` is the title and headings (see knowledge_chunks). */
export interface NewKnowledgeChunk {
  ordinal: number;
  page: number | null;
  context: string;
  text: string;
  charStart: number;
  charEnd: number;
  tokenCount: number;
}

/** Chunks inserted per statement (keeps parameter counts far below PostgreSQL's 65 535). */
const CHUNK_BATCH = 500;

/**
 * Replaces a document's chunks with `chunks` in one transaction (a retried job starts afresh) and returns the
 * new chunk ids in the order given.
 */
export async function replaceKnowledgeChunks(
  db: Db,
  document: KnowledgeScope & { id: string },
  chunks: NewKnowledgeChunk[],
): Promise<string[]> {
  return db.transaction(async (tx) => {
    await tx.delete(knowledgeChunks).where(eq(knowledgeChunks.documentId, document.id));
    const ids: string[] = [];
    for (let i = 0; i < chunks.length; i += CHUNK_BATCH) {
      const rows = await tx
        .insert(knowledgeChunks)
        .values(
          chunks.slice(i, i + CHUNK_BATCH).map((chunk) => ({
            ...chunk,
            tenantId: document.tenantId,
            sidekickId: document.sidekickId,
            documentId: document.id,
          })),
        )
        .returning({ id: knowledgeChunks.id });
      ids.push(...rows.map((row) => row.id));
    }
    return ids;
  });
}

/** A chunk with what a citation needs from its document. */
export interface KnowledgeChunkRow {
  id: string;
  documentId: string;
  documentTitle: string;
  filename: string;
  sourceUrl: string | null;
  ordinal: number;
  page: number | null;
  context: string;
  text: string;
}

/** The scope's chunks with these ids (in no particular order; ids of other scopes are ignored). */
export async function getKnowledgeChunks(
  db: Db,
  scope: KnowledgeScope,
  ids: string[],
): Promise<KnowledgeChunkRow[]> {
  if (ids.length === 0) return [];
  return db
    .select({
      id: knowledgeChunks.id,
      documentId: knowledgeChunks.documentId,
      documentTitle: knowledgeDocuments.title,
      filename: knowledgeDocuments.filename,
      sourceUrl: knowledgeDocuments.sourceUrl,
      ordinal: knowledgeChunks.ordinal,
      page: knowledgeChunks.page,
      context: knowledgeChunks.context,
      text: knowledgeChunks.text,
    })
    .from(knowledgeChunks)
    .innerJoin(knowledgeDocuments, eq(knowledgeDocuments.id, knowledgeChunks.documentId))
    .where(
      and(
        eq(knowledgeChunks.tenantId, scope.tenantId),
        eq(knowledgeChunks.sidekickId, scope.sidekickId),
        inArray(knowledgeChunks.id, ids),
      ),
    );
}
