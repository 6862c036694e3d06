import { z } from 'zod';
import type { Field, WizardDefinition } from '../core/wizard/definition.js';
import {
  acceptProblem,
  fileUploadField,
  sizeProblems,
  type FileRef,
} from '../core/wizard/field-types/file-upload.js';
import { findField } from '../core/wizard/navigation.js';
import type { Db } from '../db/client.js';
import { findRunFiles, getRunFile, insertRunFile, type RunFile, type RunFileInfo } from '../db/run-files.js';
import { getRun, type RunRecord } from '../db/runs.js';
import { DomainError, notFoundError as notFound, type InvalidParam } from '../core/errors.js';
import type { RunHandles } from './run-handles.js';

/** The API path of a stored run file: `/api/v1/runs/:runId/files/:fileId`. */
export function runFileUrl(runId: string, fileId: string): string {
  return `/api/v1/runs/${runId}/files/${fileId}`;
}

const FILE_URL = /^\/api\/v1\/runs\/([0-9a-f-]{36})\/files\/([0-9a-f-]{36})$/i;
/** A MIME type safe to send back as Content-Type (`type/subtype`, no parameters). */
const MIME_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/;
const UNKNOWN_TYPE = 'application/octet-stream';
/** File refs read neither a region nor a date. */
const FILE_CONTEXT = { defaultRegion: '', referenceDate: new Date(0) };

/** The FileRef of a stored file, as run values and the upload answer carry it. */
export function fileRefOf(file: RunFileInfo): Required<FileRef> {
  return {
    id: file.id,
    name: file.fileName,
    size: file.size,
    content_type: file.contentType,
    url: runFileUrl(file.runId, file.id),
  };
}

/** An uploaded file as the multipart parser hands it over. */
export interface UploadedFile {
  /** The part's filename (no directory). */
  fileName: string;
  /** The part's Content-Type as the browser declared it. */
  contentType: string;
  bytes: Buffer;
}

/**
 * Files of `file_upload` fields: checks an upload against the field of the run's pinned definition, stores it
 * (db/run-files.ts) and answers its FileRef; serves the bytes back; and checks the FileRefs a client sets as
 * values. An upload is not a change to the run: the value that references it is set afterwards through
 * `PATCH /runs/:id/values`, one validated `set_field` command like any other value. Callers check access
 * first (see authorizeRun).
 */
export class RunFileService {
  constructor(
    private readonly db: Db,
    private readonly handles: RunHandles,
  ) {}

  /**
   * The `file_upload` field `name` of an active run, read from its pinned definition (before any byte is
   * read). Throws 409 when the run is not active, 422 (`query.field`) when there is no such field or it is
   * not a file upload.
   */
  async uploadField(runId: string, name: string): Promise<Field> {
    const handle = await this.handles.get(runId);
    const status = handle.state().status;
    if (status !== 'active')
      throw new DomainError('conflict', `the run is ${status}: it takes no more files`);
    const field = findField(handle.definition, name)?.field;
    if (field?.type === 'file_upload') return field;
    const reason = field ? `is a ${field.type} field, not a file upload` : 'is not a field of this wizard';
    throw new DomainError('invalid', `field "${name}" ${reason}`, {
      invalidParams: [{ name: 'query.field', reason }],
    });
  }

  /**
   * Stores a file uploaded for `field` of `run` and returns its FileRef (`url` is the download path). The
   * MIME type is lowercased without parameters (`application/octet-stream` when missing or malformed).
   * Throws 400 for a file without a name, 415 when it does not match `settings.accept`, 413 when it is
   * larger than `settings.max_size_bytes`; every detail starts with the field's label.
   */
  async store(run: RunRecord, field: Field, upload: UploadedFile): Promise<Required<FileRef>> {
    const normalised = fileUploadField.normalise(
      { name: upload.fileName, size: upload.bytes.length, content_type: upload.contentType },
      field,
      FILE_CONTEXT,
    );
    if (!normalised.ok)
      throw new DomainError('bad_request', `${field.label}: the file part needs a file name`);
    const ref = normalised.value[0]!;
    const contentType = MIME_TYPE.test(ref.content_type) ? ref.content_type : UNKNOWN_TYPE;
    const checked = [{ ...ref, content_type: contentType }];
    const accept = acceptProblem(field, checked);
    if (accept) throw new DomainError('unsupported_type', `${field.label} ${accept}`);
    const size = sizeProblems(field, checked)[0];
    if (size) throw new DomainError('too_large', `${field.label} ${size}`);
    const stored = await insertRunFile(this.db, {
      tenantId: run.tenantId,
      runId: run.id,
      fieldName: field.name,
      fileName: ref.name,
      contentType,
      bytes: upload.bytes,
    });
    return fileRefOf(stored);
  }

  /** A stored file of the run, bytes included. Throws 404 when the run has no such file. */
  async download(run: RunRecord, fileId: string): Promise<RunFile> {
    const file = await getRunFile(this.db, { tenantId: run.tenantId, runId: run.id }, fileId);
    if (!file) throw notFound(`file ${fileId} of run ${run.id}`);
    return file;
  }

  /**
   * Checks the FileRefs among `values` (field name → raw value) that point at a stored run file (a url
   * `/api/v1/runs/:id/files/:fileId`): each must be a file uploaded to this run for that same field, and is
   * replaced by the stored file's own ref (so name, size and type are the server's, not the client's). Refs
   * without such a url (metadata only, or files kept elsewhere) pass unchanged. Returns the values with the
   * refused fields removed, and one `body.values.<field>` entry per refused field.
   */
  async resolveRefs(
    runId: string,
    definition: WizardDefinition,
    values: Record<string, unknown>,
  ): Promise<{ values: Record<string, unknown>; invalid: InvalidParam[] }> {
    const claims = Object.entries(values).flatMap(([name, raw]) =>
      findField(definition, name)?.field.type === 'file_upload'
        ? (Array.isArray(raw) ? raw : [raw]).flatMap((item) => {
            const match = storedFileUrl(item);
            return match ? [{ name, ...match }] : [];
          })
        : [],
    );
    if (claims.length === 0) return { values, invalid: [] };
    const run = await getRun(this.db, runId);
    if (!run) throw notFound(`run ${runId}`);
    const ids = claims.filter((c) => c.runId === runId).map((c) => c.fileId);
    const stored = new Map(
      (await findRunFiles(this.db, { tenantId: run.tenantId, runId }, ids)).map((f) => [f.id, f]),
    );
    const refused = new Map<string, string>();
    for (const claim of claims) {
      const file = claim.runId === runId ? stored.get(claim.fileId) : undefined;
      if (!file || file.fieldName !== claim.name)
        refused.set(
          claim.name,
          `refers to file ${claim.fileId}, which was not uploaded to this field of this run`,
        );
    }
    const resolved: Record<string, unknown> = {};
    for (const [name, raw] of Object.entries(values)) {
      if (refused.has(name)) continue;
      resolved[name] = claims.some((c) => c.name === name) ? canonical(raw, stored) : raw;
    }
    return {
      values: resolved,
      invalid: [...refused].map(([name, reason]) => ({ name: `body.values.${name}`, reason })),
    };
  }
}

const WithUrl = z.looseObject({ url: z.string() });

/** The run and file ids of a raw FileRef whose `url` is a stored run file's path, else undefined. */
export function storedFileUrl(item: unknown): { runId: string; fileId: string } | undefined {
  const parsed = WithUrl.safeParse(item);
  const match = parsed.success ? FILE_URL.exec(parsed.data.url) : null;
  return match ? { runId: match[1]!.toLowerCase(), fileId: match[2]!.toLowerCase() } : undefined;
}

/** A file field's raw value with every ref to a stored file replaced by that file's own ref. */
function canonical(raw: unknown, stored: Map<string, RunFileInfo>): unknown {
  const swap = (item: unknown) => {
    const match = storedFileUrl(item);
    const file = match ? stored.get(match.fileId) : undefined;
    return file ? fileRefOf(file) : item;
  };
  return Array.isArray(raw) ? raw.map(swap) : swap(raw);
}
