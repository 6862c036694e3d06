import { z } from 'zod';
import type { Field } from '../definition.js';
import type { FieldTypeModule, NormaliseResult } from './field-type.js';
import { EMPTY_MESSAGE, fail, isBlank, numberSetting, ok, withCustomError } from './rules.js';

/** A file already uploaded somewhere: its name, size in bytes, MIME type, and where to find it. */
export const FileRefSchema = z.object({
  name: z.string().min(1),
  size: z.number().int().nonnegative(),
  content_type: z.string(),
  url: z.string().optional(),
  id: z.string().optional(),
});
export type FileRef = z.infer<typeof FileRefSchema>;

const BAD_FILE = 'has an invalid file (each needs a name and a size in bytes)';
const OUTSIDE_FILE =
  'has a file that was not uploaded here: a file url must be the path of a file uploaded to the run';

/** The API path of a file stored with a run, `/api/v1/runs/<run id>/files/<file id>`: the only url a FileRef may carry. */
export const RUN_FILE_PATH = /^\/api\/v1\/runs\/[0-9a-f-]{36}\/files\/[0-9a-f-]{36}$/i;

/** "812 bytes", "120 KB", "7.2 MB" (binary multiples, one decimal at most). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let n = bytes / 1024;
  let unit = 0;
  while (n >= 1024 && unit < units.length - 1) {
    n /= 1024;
    unit += 1;
  }
  return `${Number(n.toFixed(1))} ${units[unit]}`;
}

/** `settings.accept` as a lowercase list: an array of strings, or a comma-separated string as in HTML. */
export function acceptList(field: Field): string[] {
  const raw = field.settings?.accept;
  const items = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(',') : [];
  return items
    .filter((a): a is string => typeof a === 'string' && a.trim() !== '')
    .map((a) => a.trim().toLowerCase());
}

/** Whether a file matches one accept entry: ".pdf" (extension), "image/*" (family) or "application/pdf". */
export function fileMatches(file: FileRef, accept: string): boolean {
  if (accept.startsWith('.')) return file.name.toLowerCase().endsWith(accept);
  if (accept.endsWith('/*')) return file.content_type.startsWith(accept.slice(0, -1));
  return file.content_type === accept;
}

/**
 * Why some of these files do not match `settings.accept`: `must be of type .pdf, .docx (not "cv.exe")`, or
 * undefined when every file matches or the field accepts anything.
 */
export function acceptProblem(field: Field, files: readonly FileRef[]): string | undefined {
  const accept = acceptList(field);
  const refused = accept.length > 0 ? files.filter((f) => !accept.some((a) => fileMatches(f, a))) : [];
  if (refused.length === 0) return undefined;
  return `must be of type ${accept.join(', ')} (not ${refused.map((f) => `"${f.name}"`).join(', ')})`;
}

/** `settings.max_size_bytes`: the largest file the field takes, in bytes, or undefined (no limit). */
export function maxSizeBytes(field: Field): number | undefined {
  return numberSetting(field, 'max_size_bytes');
}

/** One problem per file larger than `settings.max_size_bytes`: `must be at most 5 MB per file ("big.pdf" is 7.2 MB)`. */
export function sizeProblems(field: Field, files: readonly FileRef[]): string[] {
  const maxSize = maxSizeBytes(field);
  if (maxSize === undefined) return [];
  return files
    .filter((f) => f.size > maxSize)
    .map((f) => `must be at most ${formatBytes(maxSize)} per file ("${f.name}" is ${formatBytes(f.size)})`);
}

function toFileRef(raw: unknown): FileRef | undefined {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const r = raw as Record<string, unknown>;
  const type = r.content_type ?? r.type ?? '';
  const ref = {
    name: typeof r.name === 'string' ? r.name.trim() : r.name,
    size: r.size,
    content_type: typeof type === 'string' ? (type.split(';')[0] ?? '').trim().toLowerCase() : type,
    ...(r.url !== undefined ? { url: r.url } : {}),
    ...(r.id !== undefined ? { id: r.id } : {}),
  };
  const parsed = FileRefSchema.safeParse(ref);
  return parsed.success ? parsed.data : undefined;
}

/**
 * `file_upload`: files uploaded beforehand (this module never sees bytes; the server's
 * `POST /api/v1/runs/:id/files` stores them and answers the FileRef). Canonical value: `FileRef[]` (at least one).
 *
 * Accepts one file object or an array of them. Each needs `name` and `size` (whole bytes); the MIME type
 * comes from `content_type` or, as on a browser `File`, `type` (lowercased, parameters dropped; "" when
 * unknown); `url` and `id`, when present, must be strings, and `url` only the path of a file stored with a
 * run (RUN_FILE_PATH; the server checks it is this run's); other keys are dropped. Errors: "is empty",
 * "has an invalid file (…)", "has a file that was not uploaded here (…)".
 * Rules: `settings.multiple` (default false: "must be a single file"), `settings.accept` (MIME types,
 * "image/*" families or ".pdf" extensions: `must be of type .pdf, .docx (not "cv.exe")`),
 * `settings.max_size_bytes` (`must be at most 5 MB per file ("big.pdf" is 7.2 MB)`), `custom_error`.
 * `format`: "cv.pdf (120 KB), photo.jpg (2.4 MB)".
 */
export const fileUploadField: FieldTypeModule<FileRef[]> = {
  type: 'file_upload',
  valueSchema: z.array(FileRefSchema).min(1),
  normalise(raw): NormaliseResult<FileRef[]> {
    if (isBlank(raw)) return fail(EMPTY_MESSAGE);
    const files: FileRef[] = [];
    for (const item of Array.isArray(raw) ? raw : [raw]) {
      const file = toFileRef(item);
      if (!file) return fail(BAD_FILE);
      if (file.url !== undefined && !RUN_FILE_PATH.test(file.url)) return fail(OUTSIDE_FILE);
      files.push(file);
    }
    return ok(files);
  },
  validate(value, field) {
    const problems: string[] = [];
    if (field.settings?.multiple !== true && value.length > 1) problems.push('must be a single file');
    const accept = acceptProblem(field, value);
    if (accept) problems.push(accept);
    problems.push(...sizeProblems(field, value));
    return withCustomError(problems, field);
  },
  format(value) {
    return value.map((f) => `${f.name} (${formatBytes(f.size)})`).join(', ');
  },
};
