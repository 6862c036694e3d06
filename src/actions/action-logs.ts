import type { Db } from '../db/client.js';
import { listRunActionLogs, type ActionLogRecord } from '../db/action-logs.js';

export type { ActionLogRecord };

/** Action logs as the API reads them (the reactor writes them, see ActionReactor). */
export class ActionLogService {
  constructor(private readonly db: Db) {}

  /** A run's action logs in the tenant, oldest first: status, input, output, error, attempt, duration. */
  listForRun(tenantId: string, runId: string): Promise<ActionLogRecord[]> {
    return listRunActionLogs(this.db, tenantId, runId);
  }
}
