import { and, asc, eq } from 'drizzle-orm';
import type { Db } from './client.js';
import { isUuid } from './runs.js';
import type { ActionLogStatus } from '../core/actions/action-log.js';
import { actionLogs } from './schema-actions.js';

/** One action log as stored (see `actionLogs` in schema-actions.ts). */
export type ActionLogRecord = typeof actionLogs.$inferSelect;

/** What `insertActionLog` stores. */
export interface NewActionLog {
  tenantId: string;
  runId: string | null;
  wizardId: string | null;
  eventId: string;
  actionId: string;
  actionType: string;
  trigger: string;
  status: ActionLogStatus;
  input?: unknown;
  output?: unknown;
  error?: string;
  attempt: number;
  /** Milliseconds. */
  durationMs: number;
}

/** Stores one action log and returns its id. */
export async function insertActionLog(db: Db, log: NewActionLog): Promise<string> {
  const [row] = await db
    .insert(actionLogs)
    .values({ ...log, input: log.input ?? null, output: log.output ?? null, error: log.error ?? null })
    .returning({ id: actionLogs.id });
  return row!.id;
}

/** A run's action logs in the tenant, oldest first (empty for another tenant's run or a malformed id). */
export async function listRunActionLogs(db: Db, tenantId: string, runId: string): Promise<ActionLogRecord[]> {
  if (!isUuid(runId)) return [];
  return db
    .select()
    .from(actionLogs)
    .where(and(eq(actionLogs.tenantId, tenantId), eq(actionLogs.runId, runId)))
    .orderBy(asc(actionLogs.createdAt));
}
