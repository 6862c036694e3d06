import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../auth/principal.js';
import { assertStorableText } from '../../plugins/storable-input.js';
import { HttpProblem } from '../../problem.js';
import {
  AddedDocumentSchema,
  DocumentParams,
  documentJson,
  ImportBody,
  KnowledgeDocumentSchema,
  PassageSchema,
  passageJson,
  SearchQuery,
  SidekickParams,
} from './schemas.js';

/**
 * A sidekick's knowledge base (tenant-scoped; another tenant's sidekick is 404):
 *
 * - `POST /api/v1/sidekicks/:id/documents` (admin): multipart/form-data with one file part (PDF, DOCX, Markdown,
 *   TXT, HTML; 415 otherwise, 422 when empty, 413 over GUIDEPOST_KNOWLEDGE_MAX_BYTES), or JSON `{url}` to import a
 *   web page (422 for a private or loopback address). Answers 202 with the document in status `parsing`; a job
 *   parses, chunks and indexes it. The same content again answers 200 with the existing document and
 *   `duplicate: true`.
 * - `GET /api/v1/sidekicks/:id/documents` (member): the documents with their status and failure reason.
 * - `DELETE /api/v1/sidekicks/:id/documents/:documentId` (admin): the document and its chunks.
 * - `GET /api/v1/sidekicks/:id/search?q=&limit=` (member): the best passages with document title, page and text.
 */
const knowledgeRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['knowledge'];
  const security: Array<Record<string, string[]>> = [{ bearer: [] }, { cookie: [] }];
  const maxBytes = app.config.GUIDEPOST_KNOWLEDGE_MAX_BYTES;
  await app.register(multipart, {
    throwFileSizeLimit: true,
    limits: { fileSize: maxBytes, files: 1, fields: 5, parts: 6, headerPairs: 100 },
  });
  const reader = { onRequest: app.authenticate };
  const editor = { onRequest: app.authorize('admin') };

  app.post(
    '/api/v1/sidekicks/:id/documents',
    {
      ...editor,
      config: {
        rateLimit: {
          max: app.config.GUIDEPOST_RATE_LIMIT_UPLOADS,
          timeWindow: '1 minute',
          hook: 'preHandler',
        },
      },
      schema: {
        tags,
        security,
        summary: 'Add a document: upload a file (multipart, one file part) or import a web page (JSON {url})',
        consumes: ['multipart/form-data', 'application/json'],
        params: SidekickParams,
        body: ImportBody,
        response: { 200: AddedDocumentSchema, 202: AddedDocumentSchema },
      },
    },
    async (request, reply) => {
      const { tenantId, userId } = principalOf(request);
      const knowledge = app.runtime.knowledge;
      let added;
      if (request.isMultipart()) {
        const part = await request.file().catch(malformed);
        if (!part) throw new HttpProblem(400, 'the multipart body has no file part');
        assertStorableText(part.filename, 'body.file.filename');
        let bytes: Buffer;
        try {
          bytes = await part.toBuffer();
        } catch (error) {
          if (error instanceof app.multipartErrors.RequestFileTooLargeError)
            return knowledge.assertSize(maxBytes + 1, part.filename) as never;
          return malformed(error);
        }
        added = await knowledge.upload(
          tenantId,
          request.params.id,
          { filename: part.filename, contentType: part.mimetype, bytes },
          userId,
        );
      } else if (request.body?.url) {
        added = await knowledge.importUrl(tenantId, request.params.id, request.body.url, userId);
      } else
        throw new HttpProblem(
          400,
          'send a file as multipart/form-data with one file part, or JSON {"url": "https://…"} to import a page',
        );
      return reply
        .code(added.duplicate ? 200 : 202)
        .send({ ...documentJson(added.document), duplicate: added.duplicate });
    },
  );

  app.get(
    '/api/v1/sidekicks/:id/documents',
    {
      ...reader,
      schema: {
        tags,
        security,
        summary: "The sidekick's documents with their processing status",
        params: SidekickParams,
        response: { 200: z.object({ items: z.array(KnowledgeDocumentSchema) }) },
      },
    },
    async (request) => {
      const { tenantId } = principalOf(request);
      return { items: (await app.runtime.knowledge.list(tenantId, request.params.id)).map(documentJson) };
    },
  );

  app.delete(
    '/api/v1/sidekicks/:id/documents/:documentId',
    {
      ...editor,
      schema: { tags, security, summary: 'Delete a document and its passages', params: DocumentParams },
    },
    async (request, reply) => {
      const { tenantId } = principalOf(request);
      await app.runtime.knowledge.delete(tenantId, request.params.id, request.params.documentId);
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/v1/sidekicks/:id/search',
    {
      ...reader,
      schema: {
        tags,
        security,
        summary: "Search the sidekick's knowledge base: passages with document title, page and text",
        params: SidekickParams,
        querystring: SearchQuery,
        response: { 200: z.object({ query: z.string(), mode: z.string(), items: z.array(PassageSchema) }) },
      },
    },
    async (request) => {
      const { tenantId } = principalOf(request);
      const { q, limit } = request.query;
      const passages = await app.runtime.knowledge.search(tenantId, request.params.id, q, limit);
      return { query: q, mode: app.runtime.knowledgeSearch.mode, items: passages.map(passageJson) };
    },
  );
};

/** A multipart body that cannot be read: 4xx errors (limits) as they are, others as 400. */
function malformed(error: unknown): never {
  const status = (error as { statusCode?: unknown }).statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) throw error;
  const reason = error instanceof Error ? error.message : String(error);
  throw new HttpProblem(400, `the multipart/form-data body is malformed (${reason}): send one file part`);
}

export default knowledgeRoutes;
