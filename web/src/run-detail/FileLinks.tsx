import { z } from 'zod';
import { FileRefSchema, formatBytes, RUN_FILE_PATH } from '../../../src/core/wizard/field-types/file-upload';
import { cx, focusRing } from '../ui/cx';

const FileRefsSchema = z.array(FileRefSchema);

/** Whether a FileRef url may be a link: only the path of a file stored with a run, nothing else. */
function linkable(url: string | undefined): url is string {
  return url !== undefined && RUN_FILE_PATH.test(url);
}

/**
 * A `file_upload` value on the run detail page: one line per file with its name and size. A file stored
 * with the run (url `/api/v1/runs/:id/files/:fileId`, read with the session cookie) is a download link;
 * any other file (recorded by name only, or with an outside url from an old run) is plain text.
 * Renders nothing for a value that is not a list of FileRefs.
 */
export function FileLinks({ value }: { value: unknown }) {
  const parsed = FileRefsSchema.safeParse(value);
  if (!parsed.success) return null;
  return (
    <ul className="space-y-1">
      {parsed.data.map((file, i) => (
        <li key={file.id ?? `${file.name}-${i}`} className="flex flex-wrap items-baseline gap-x-2">
          {linkable(file.url) ? (
            <a
              href={file.url}
              download={file.name}
              rel="noopener noreferrer"
              className={cx(
                'font-medium break-all text-accent-text underline-offset-2 hover:underline',
                focusRing,
              )}
            >
              {file.name}
            </a>
          ) : (
            <span className="font-medium break-all">{file.name}</span>
          )}
          <span className="text-xs text-fg-subtle">{formatBytes(file.size)}</span>
        </li>
      ))}
    </ul>
  );
}
