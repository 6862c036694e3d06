import { z } from 'zod';
import { KNOWLEDGE_DOCUMENT_STATUSES, KNOWLEDGE_SOURCES } from '../../../core/knowledge.js';
import type { KnowledgeDocumentRow } from '../../../knowledge/service.js';
import type { KnowledgePassage } from '../../../knowledge/retrieve.js';

/** Request and response schemas of the knowledge-base routes, and the row → JSON mappers. */

export const SidekickParams = z.object({ id: z.uuid({ error: 'must be a sidekick id (a uuid)' }) });
export const DocumentParams = SidekickParams.extend({
  documentId: z.uuid({ error: 'must be a document id (a uuid)' }),
});

export const ImportBody = z
  .strictObject({ url: z.string().trim().min(1).max(2048).describe('a web page to import (http or https)') })
  .nullish()
  .describe('JSON {url} to import a web page; or multipart/form-data with one file part to upload a file');

export const SearchQuery = z.object({
  q: z.string().trim().min(1, 'must say what to search for').max(1000),
  limit: z.coerce.number().int().min(1).max(20).default(5),
});

export const KnowledgeDocumentSchema = z.object({
  id: z.string(),
  sidekick_id: z.string(),
  title: z.string(),
  source: z.enum(KNOWLEDGE_SOURCES),
  filename: z.string(),
  source_url: z.string().nullable(),
  content_type: z.string(),
  size_bytes: z.number().int(),
  status: z.enum(KNOWLEDGE_DOCUMENT_STATUSES).describe('parsing → chunking → indexing → ready, or failed'),
  status_reason: z.string().nullable().describe('why the document failed'),
  page_count: z.number().int().nullable(),
  chunk_count: z.number().int(),
  created_at: z.string(),
  updated_at: z.string(),
});

export const AddedDocumentSchema = KnowledgeDocumentSchema.extend({
  duplicate: z.boolean().describe('true when the same content was already there: nothing new was added'),
});

export const PassageSchema = z.object({
  chunk_id: z.string(),
  document_id: z.string(),
  document_title: z.string(),
  source_url: z.string().nullable(),
  page: z.number().int().nullable().describe('1-based page of a PDF, else null'),
  position: z.number().int().describe('0-based position of the passage in its document'),
  headings: z.array(z.string()),
  text: z.string().describe('the passage, to quote'),
  citation: z.string().describe('e.g. "handbook.pdf, p. 4"'),
  rank: z.number().int(),
});

export function documentJson(row: KnowledgeDocumentRow): z.infer<typeof KnowledgeDocumentSchema> {
  return {
    id: row.id,
    sidekick_id: row.sidekickId,
    title: row.title,
    source: row.source,
    filename: row.filename,
    source_url: row.sourceUrl,
    content_type: row.contentType,
    size_bytes: row.sizeBytes,
    status: row.status,
    status_reason: row.statusReason,
    page_count: row.pageCount,
    chunk_count: row.chunkCount,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

export function passageJson(passage: KnowledgePassage): z.infer<typeof PassageSchema> {
  return {
    chunk_id: passage.chunkId,
    document_id: passage.documentId,
    document_title: passage.documentTitle,
    source_url: passage.sourceUrl,
    page: passage.page,
    position: passage.ordinal,
    headings: passage.headings,
    text: passage.text,
    citation: passage.citation,
    rank: passage.rank,
  };
}
