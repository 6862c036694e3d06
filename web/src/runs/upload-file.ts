import { FileRefSchema, type FileRef } from '../../../src/core/wizard/field-types/file-upload';
import { problemOf, UNREACHABLE } from '../api/http';
import { ApiProblem } from '../api/problem';
import { runToken } from '../api/run-tokens';
import type { UploadProgress } from '../player/run-controller';

/** The answer of `POST /api/v1/runs/:id/files`: a FileRef with its id and download url. */
const UploadedFileSchema = FileRefSchema.required({ id: true, url: true });

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Uploads one file for a `file_upload` field of a server-backed run: `POST /api/v1/runs/:id/files?field=`
 * as multipart/form-data (one part, `file`), with the tab's run token when it holds one. XMLHttpRequest
 * rather than fetch, for `onProgress` (fraction of the bytes sent, 0 to 1). Resolves the stored FileRef
 * `{id, name, size, content_type, url}`; it does not set the field. Rejects with ApiProblem: the server's
 * problem (413 too large, 415 wrong type, 409 run closed, …), or status 0 when the server cannot be reached.
 */
export function uploadRunFile(
  runId: string,
  field: string,
  file: File,
  onProgress?: UploadProgress,
): Promise<FileRef> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1/runs/${encodeURIComponent(runId)}/files?field=${encodeURIComponent(field)}`);
    xhr.setRequestHeader('accept', 'application/json, application/problem+json');
    const token = runToken(runId);
    if (token) xhr.setRequestHeader('x-run-token', token);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress?.(e.loaded / e.total);
    };
    xhr.onerror = () => reject(new ApiProblem(0, UNREACHABLE));
    xhr.onload = () => {
      const body = parseJson(xhr.responseText);
      if (xhr.status < 200 || xhr.status >= 300) return reject(problemOf(xhr.status, xhr.statusText, body));
      const ref = UploadedFileSchema.safeParse(body);
      if (ref.success) resolve(ref.data);
      else reject(new ApiProblem(xhr.status, 'the server answered the upload with something unexpected'));
    };
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}
