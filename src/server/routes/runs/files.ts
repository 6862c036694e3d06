import multipart from '@fastify/multipart';
import { create as contentDisposition } from 'content-disposition';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { FileRefSchema, formatBytes, maxSizeBytes } from '../../../core/wizard/field-types/file-upload.js';
import { assertStorableText } from '../../plugins/storable-input.js';
import { HttpProblem } from '../../problem.js';
import { accessOf, callerRateLimit, runAccessHook } from './access.js';
import { RunIdParams } from './schemas.js';

const tags = ['runs'];
const security: Array<Record<string, string[]>> = [{ bearer: [] }, { cookie: [] }, { runToken: [] }];

const UploadQuery = z.strictObject({
  /** The `file_upload` field the file is for. */
  field: z.string().min(1).max(64),
});

const UploadedFileRef = FileRefSchema.required({ id: true, url: true });

const FileParams = RunIdParams.extend({ fileId: z.string().min(1).max(100) });

/**
 * Rethrows an error of reading a multipart body: one with a 4xx status (a limit) as it is, any other (the
 * parser's "Boundary not found", "Unexpected end of form", "Malformed part header") as 400 problem+json.
 */
function malformed(error: unknown): never {
  const status = (error as { statusCode?: unknown }).statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) throw error;
  const reason = error instanceof Error ? error.message : String(error);
  throw new HttpProblem(400, `the multipart/form-data body is malformed (${reason}): send one file part`);
}

/**
 * Files of `file_upload` fields, under `/runs/:id/files` with the access of every run route (the run token
 * or a signed-in caller who may use the run; 404 otherwise):
 *
 * - `POST /runs/:id/files?field=<name>`: multipart/form-data with one file part. Checks that the run is
 *   active (409) and the field is a file upload of its pinned definition (422) before reading the body, then
 *   the file against the field's `accept` (415) and `max_size_bytes` (413) and GUIDEPOST_MAX_UPLOAD_BYTES
 *   (413). Stores it and answers 201 with its FileRef `{id, name, size, content_type, url}`. It does not set
 *   the field: the client sets the value to the ref(s) with `PATCH /runs/:id/values`, one validated command
 *   like any other value. Rate-limited per caller (GUIDEPOST_RATE_LIMIT_UPLOADS per minute).
 * - `GET /runs/:id/files/:fileId`: the bytes, with the stored Content-Type, `Content-Disposition: attachment`
 *   (RFC 6266 filename, `filename*=UTF-8''…` for non-ASCII names) and `X-Content-Type-Options: nosniff`.
 *
 * @fastify/multipart is registered here only, so the other routes keep refusing multipart bodies.
 */
const fileRoutes: FastifyPluginAsyncZod = async (app) => {
  const maxUpload = app.config.GUIDEPOST_MAX_UPLOAD_BYTES;
  await app.register(multipart, {
    throwFileSizeLimit: true,
    limits: { fileSize: maxUpload, files: 1, fields: 5, parts: 6, headerPairs: 100 },
  });
  const access = runAccessHook(app);

  app.post(
    '/runs/:id/files',
    {
      preHandler: access,
      config: callerRateLimit(app.config.GUIDEPOST_RATE_LIMIT_UPLOADS),
      schema: {
        tags,
        security,
        summary: 'Upload a file for a file_upload field (multipart/form-data, one file part)',
        consumes: ['multipart/form-data'],
        params: RunIdParams,
        querystring: UploadQuery,
        response: { 201: UploadedFileRef },
      },
    },
    async (request, reply) => {
      const run = accessOf(request).run;
      const field = await app.runFiles.uploadField(run.id, request.query.field);
      if (!request.isMultipart())
        throw new HttpProblem(415, 'send the file as multipart/form-data with one file part');
      const limit = Math.min(maxUpload, maxSizeBytes(field) ?? Infinity);
      const part = await request.file({ limits: { fileSize: limit } }).catch(malformed);
      if (!part) throw new HttpProblem(400, 'the multipart body has no file part');
      assertStorableText(part.filename, 'body.file.filename');
      let bytes: Buffer;
      try {
        bytes = await part.toBuffer();
      } catch (error) {
        if (error instanceof app.multipartErrors.RequestFileTooLargeError)
          throw new HttpProblem(
            413,
            `${field.label} must be at most ${formatBytes(limit)} per file ("${part.filename}" is larger)`,
          );
        return malformed(error);
      }
      const ref = await app.runFiles.store(run, field, {
        fileName: part.filename,
        contentType: part.mimetype,
        bytes,
      });
      return reply.code(201).send(ref);
    },
  );

  app.get(
    '/runs/:id/files/:fileId',
    {
      preHandler: access,
      schema: {
        tags,
        security,
        summary: 'Download a file uploaded into the run',
        params: FileParams,
      },
    },
    async (request, reply) => {
      const file = await app.runFiles.download(accessOf(request).run, request.params.fileId);
      return reply
        .headers({
          'content-type': file.contentType,
          'content-length': String(file.size),
          'content-disposition': contentDisposition(file.fileName),
          'x-content-type-options': 'nosniff',
          'content-security-policy': "default-src 'none'; sandbox",
          'cache-control': 'private, no-cache',
        })
        .send(file.bytes);
    },
  );
};

export default fileRoutes;
