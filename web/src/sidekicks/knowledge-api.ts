import { z } from 'zod';
import { KNOWLEDGE_DOCUMENT_STATUSES, KNOWLEDGE_SOURCES } from '../../../src/core/knowledge';
import { api, problemOf, UNREACHABLE } from '../api/http';
import { ApiProblem } from '../api/problem';

/*
 * A sidekick's knowledge base (`/api/v1/sidekicks/:id/documents`, `/search`). Every answer is checked with zod,
 * so a server that drifts from these shapes fails loudly here, not in the page.
 */

const DocumentSchema = z.object({
  id: z.string(),
  title: z.string(),
  source: z.enum(KNOWLEDGE_SOURCES),
  filename: z.string(),
  source_url: z.string().nullable(),
  size_bytes: z.number(),
  status: z.enum(KNOWLEDGE_DOCUMENT_STATUSES),
  status_reason: z.string().nullable(),
  page_count: z.number().nullable(),
  chunk_count: z.number(),
  created_at: z.string(),
});
/** A document of the knowledge base with its processing status. */
export type KnowledgeDocument = z.infer<typeof DocumentSchema>;

const AddedSchema = DocumentSchema.extend({ duplicate: z.boolean() });
/** A document just added; `duplicate` when the same content was already there. */
export type AddedDocument = z.infer<typeof AddedSchema>;

const PassageSchema = z.object({
  chunk_id: z.string(),
  document_id: z.string(),
  document_title: z.string(),
  page: z.number().nullable(),
  headings: z.array(z.string()),
  text: z.string(),
  citation: z.string(),
  rank: z.number(),
});
/** A passage found by a search, with its citation ("handbook.pdf, p. 2"). */
export type Passage = z.infer<typeof PassageSchema>;

/** Statuses of a document still being processed. */
export const PROCESSING = new Set(['parsing', 'chunking', 'indexing']);

/** Query key of a sidekick's documents. */
export const documentsKey = (sidekickId: string) => ['sidekicks', sidekickId, 'documents'] as const;

const base = (sidekickId: string) => `/api/v1/sidekicks/${encodeURIComponent(sidekickId)}`;

/** The sidekick's documents, newest first. Throws ApiProblem (404 for an unknown sidekick). */
export async function listDocuments(sidekickId: string): Promise<KnowledgeDocument[]> {
  return z.object({ items: z.array(DocumentSchema) }).parse(await api(`${base(sidekickId)}/documents`)).items;
}

/** Imports a web page by URL. Throws ApiProblem (422 for a private address or a bad URL). */
export async function importUrl(sidekickId: string, url: string): Promise<AddedDocument> {
  return AddedSchema.parse(await api(`${base(sidekickId)}/documents`, { body: { url } }));
}

/** Deletes a document and its passages. */
export async function deleteDocument(sidekickId: string, documentId: string): Promise<void> {
  await api(`${base(sidekickId)}/documents/${encodeURIComponent(documentId)}`, { method: 'DELETE' });
}

/** The passages that best answer `q`. */
export async function searchKnowledge(sidekickId: string, q: string): Promise<Passage[]> {
  const query = new URLSearchParams({ q, limit: '5' });
  return z.object({ items: z.array(PassageSchema) }).parse(await api(`${base(sidekickId)}/search?${query}`))
    .items;
}

/**
 * Uploads a file as multipart/form-data (one part, `file`) with XMLHttpRequest, for `onProgress` (fraction of
 * the bytes sent, 0 to 1). Rejects with ApiProblem: 413 too large, 415 unsupported type, 422 empty, status 0
 * when the server cannot be reached.
 */
export function uploadDocument(
  sidekickId: string,
  file: File,
  onProgress: (fraction: number) => void,
): Promise<AddedDocument> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${base(sidekickId)}/documents`);
    xhr.setRequestHeader('accept', 'application/json, application/problem+json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => reject(new ApiProblem(0, UNREACHABLE));
    xhr.onload = () => {
      let body: unknown;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        body = undefined;
      }
      if (xhr.status < 200 || xhr.status >= 300) return reject(problemOf(xhr.status, xhr.statusText, body));
      const added = AddedSchema.safeParse(body);
      if (added.success) resolve(added.data);
      else reject(new ApiProblem(xhr.status, 'the server answered the upload with something unexpected'));
    };
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}
