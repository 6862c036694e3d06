import { createHash } from 'node:crypto';
import { DomainError, notFoundError } from '../core/errors.js';
import type { Db } from '../db/client.js';
import {
  deleteKnowledgeDocument,
  insertKnowledgeDocument,
  listKnowledgeDocuments,
  type KnowledgeDocumentRow,
} from '../db/knowledge-documents.js';
import type { KnowledgeScope } from '../db/knowledge-search.js';
import { getSidekick } from '../db/sidekicks.js';
import type { JobQueue } from '../db/queue.js';
import { assertPublicHost, BlockedAddressError } from '../webhooks/ssrf.js';
import type { Embedder } from './embeddings.js';
import { KNOWLEDGE_INGEST_QUEUE, type KnowledgeIngestJob } from './jobs.js';
import { privateAddressReason } from './fetch-page.js';
import { detectFormat, documentFormats, SUPPORTED_FORMATS_TEXT } from './parse/index.js';
import { searchKnowledge, type KnowledgePassage } from './retrieve.js';

export type { KnowledgeDocumentRow };

/** What the knowledge service needs. */
export interface KnowledgeServiceDeps {
  db: Db;
  queue: JobQueue;
  /** Null when no embedding model is configured or the database has no pgvector. */
  embedder: Embedder | null;
  /** Largest document, in bytes (GUIDEPOST_MAX_UPLOAD_BYTES). */
  maxBytes: number;
  /** Allow importing pages from private and loopback addresses (GUIDEPOST_ACTIONS_ALLOW_PRIVATE). */
  allowPrivate: boolean;
}

/** An uploaded file as the HTTP layer read it. */
export interface UploadedDocument {
  filename: string;
  contentType: string | undefined;
  bytes: Buffer;
}

/** A document added: the row, and whether the same content was already there (then nothing new was queued). */
export interface AddedDocument {
  document: KnowledgeDocumentRow;
  duplicate: boolean;
}

/** Largest number of passages one search answers. */
export const MAX_SEARCH_RESULTS = 20;

/**
 * A sidekick's knowledge base: documents uploaded or imported by URL, processed by a job on the durable queue
 * (never in the request: see processDocument), listed with their status, deleted with their chunks, and
 * searched (see searchKnowledge). Every call is scoped to a tenant and one of its sidekicks; another tenant's
 * sidekick is `not_found`.
 */
export class KnowledgeService {
  constructor(private readonly deps: KnowledgeServiceDeps) {}

  /** Whether searches fuse vector similarity with full-text ranking (an embedder and pgvector are there). */
  get vectorSearch(): boolean {
    return this.deps.embedder !== null;
  }

  /**
   * Adds an uploaded file and queues its processing. Throws `unsupported_type` (415) for a type other than PDF,
   * DOCX, Markdown, TXT or HTML, `invalid` (422) for an empty file, `too_large` (413) over the size limit.
   * Content already in this sidekick's knowledge base is not added again: the existing document comes back
   * with `duplicate: true`.
   */
  async upload(
    tenantId: string,
    sidekickId: string,
    file: UploadedDocument,
    createdBy: string | null,
  ): Promise<AddedDocument> {
    const scope = await this.scope(tenantId, sidekickId);
    const format = detectFormat(file.filename, file.contentType);
    if (!format)
      throw new DomainError(
        'unsupported_type',
        `"${file.filename}" is not a document we can read: upload ${SUPPORTED_FORMATS_TEXT}`,
      );
    if (file.bytes.length === 0)
      throw new DomainError('invalid', `"${file.filename}" is empty`, {
        invalidParams: [{ name: 'body.file', reason: 'is empty' }],
      });
    this.assertSize(file.bytes.length, file.filename);
    return this.add(scope, {
      title: file.filename,
      source: 'upload',
      filename: file.filename,
      contentType: documentFormats[format].contentType,
      content: file.bytes,
      contentHash: sha256(file.bytes),
      createdBy,
    });
  }

  /**
   * Adds a web page by URL; the job fetches it through the SSRF guard and reads its main text. Throws `invalid`
   * (422, naming `body.url`) for a URL that is not http(s) or whose host is a private, loopback or link-local
   * address or `localhost` (unless private addresses are allowed); a name that resolves to such an address is
   * refused when the job connects, and the document fails with that reason. The same URL twice is a duplicate.
   */
  async importUrl(
    tenantId: string,
    sidekickId: string,
    url: string,
    createdBy: string | null,
  ): Promise<AddedDocument> {
    const scope = await this.scope(tenantId, sidekickId);
    let target: URL;
    try {
      target = new URL(url);
      if (target.protocol !== 'http:' && target.protocol !== 'https:')
        throw new Error('use an http or https URL');
      if (!this.deps.allowPrivate) assertPublicHost(target);
    } catch (error) {
      const reason =
        error instanceof BlockedAddressError ? privateAddressReason(error.host) : (error as Error).message;
      throw new DomainError('invalid', `cannot import ${url}: ${reason}`, {
        invalidParams: [{ name: 'body.url', reason }],
      });
    }
    return this.add(scope, {
      title: target.href,
      source: 'url',
      filename: target.href,
      sourceUrl: target.href,
      contentType: 'text/html',
      content: Buffer.alloc(0),
      contentHash: sha256(Buffer.from(`url:${target.href}`)),
      createdBy,
    });
  }

  /** The sidekick's documents, newest first. */
  async list(tenantId: string, sidekickId: string): Promise<KnowledgeDocumentRow[]> {
    return listKnowledgeDocuments(this.deps.db, await this.scope(tenantId, sidekickId));
  }

  /** Deletes a document with its chunks. Throws `not_found`. */
  async delete(tenantId: string, sidekickId: string, documentId: string): Promise<void> {
    const scope = await this.scope(tenantId, sidekickId);
    if (!(await deleteKnowledgeDocument(this.deps.db, scope, documentId)))
      throw notFoundError('the document');
  }

  /** The passages that best answer `query` (see searchKnowledge), at most `limit` (1–20). */
  async search(
    tenantId: string,
    sidekickId: string,
    query: string,
    limit: number,
  ): Promise<KnowledgePassage[]> {
    const scope = await this.scope(tenantId, sidekickId);
    return searchKnowledge(this.deps, scope, query, Math.min(Math.max(limit, 1), MAX_SEARCH_RESULTS));
  }

  /** Throws `too_large` when `size` bytes exceed the limit. */
  assertSize(size: number, name: string): void {
    if (size > this.deps.maxBytes)
      throw new DomainError(
        'too_large',
        `"${name}" is ${formatMiB(size)}; documents may be at most ${formatMiB(this.deps.maxBytes)}`,
        { extensions: { max_bytes: this.deps.maxBytes } },
      );
  }

  private async add(
    scope: KnowledgeScope,
    document: Omit<Parameters<typeof insertKnowledgeDocument>[1], keyof KnowledgeScope>,
  ): Promise<AddedDocument> {
    const added = await insertKnowledgeDocument(this.deps.db, { ...scope, ...document });
    if (!added.duplicate)
      await this.deps.queue.send<KnowledgeIngestJob>(KNOWLEDGE_INGEST_QUEUE, {
        documentId: added.document.id,
      });
    return added;
  }

  private async scope(tenantId: string, sidekickId: string): Promise<KnowledgeScope> {
    const sidekick = await getSidekick(this.deps.db, tenantId, sidekickId);
    if (!sidekick) throw notFoundError('the sidekick');
    return { tenantId, sidekickId: sidekick.id };
  }
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function formatMiB(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
