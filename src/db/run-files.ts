import { createHash } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from './client.js';
import { isUuid } from './runs.js';
import { runFiles } from './schema.js';

/**
 * The run-file repository: files uploaded into runs, bytes included (see `runFiles` in schema.ts for why
 * they live in PostgreSQL). Every query is scoped to a tenant and a run.
 */

/** A stored file without its bytes. `size` is in bytes, `sha256` is hex. */
export interface RunFileInfo {
  id: string;
  tenantId: string;
  runId: string;
  fieldName: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  createdAt: Date;
}

/** A stored file with its bytes. */
export interface RunFile extends RunFileInfo {
  bytes: Buffer;
}

/** What `insertRunFile` stores; size and sha256 are computed from `bytes`. */
export interface NewRunFile {
  tenantId: string;
  runId: string;
  fieldName: string;
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

const INFO = {
  id: runFiles.id,
  tenantId: runFiles.tenantId,
  runId: runFiles.runId,
  fieldName: runFiles.fieldName,
  fileName: runFiles.fileName,
  contentType: runFiles.contentType,
  size: runFiles.size,
  sha256: runFiles.sha256,
  createdAt: runFiles.createdAt,
};

/** Stores a file of a run and returns it without its bytes. Throws the driver's error when the run does not exist. */
export async function insertRunFile(db: Db, file: NewRunFile): Promise<RunFileInfo> {
  const [row] = await db
    .insert(runFiles)
    .values({
      ...file,
      size: file.bytes.length,
      sha256: createHash('sha256').update(file.bytes).digest('hex'),
    })
    .returning(INFO);
  return row!;
}

/** The file `fileId` of this tenant's run, bytes included, or null (no such file, or another run's). */
export async function getRunFile(
  db: Db,
  scope: { tenantId: string; runId: string },
  fileId: string,
): Promise<RunFile | null> {
  if (!isUuid(fileId)) return null;
  const [row] = await db
    .select({ ...INFO, bytes: runFiles.bytes })
    .from(runFiles)
    .where(
      and(eq(runFiles.tenantId, scope.tenantId), eq(runFiles.runId, scope.runId), eq(runFiles.id, fileId)),
    );
  if (!row) return null;
  const bytes = row.bytes;
  return { ...row, bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
}

/** The files among `fileIds` that belong to this tenant's run, without bytes; ids that are not uuids are skipped. */
export async function findRunFiles(
  db: Db,
  scope: { tenantId: string; runId: string },
  fileIds: readonly string[],
): Promise<RunFileInfo[]> {
  const ids = fileIds.filter(isUuid);
  if (ids.length === 0) return [];
  return db
    .select(INFO)
    .from(runFiles)
    .where(
      and(eq(runFiles.tenantId, scope.tenantId), eq(runFiles.runId, scope.runId), inArray(runFiles.id, ids)),
    );
}
