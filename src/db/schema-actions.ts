import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Tables of the action system: the log of every action run (per run, or a test run of one action) and the
 * tenants' API configurations that `api_call` actions call through.
 */

export const ACTION_LOG_STATUSES = ['succeeded', 'failed', 'skipped'] as const;
export type ActionLogStatus = (typeof ACTION_LOG_STATUSES)[number];

/** One run of one action (one attempt): what went in, what came out or the error, how long it took. */
export const actionLogs = pgTable(
  'action_logs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: text('tenant_id').notNull(),
    /** Null for a test run of an action (`POST …/actions/:id/test`). */
    runId: uuid('run_id'),
    wizardId: uuid('wizard_id'),
    eventId: text('event_id').notNull(),
    actionId: text('action_id').notNull(),
    actionType: text('action_type').notNull(),
    trigger: text('trigger').notNull(),
    status: text('status').$type<ActionLogStatus>().notNull(),
    /** The mapped input (secrets never appear here: credentials are added by the executor). */
    input: jsonb('input').$type<unknown>(),
    output: jsonb('output').$type<unknown>(),
    error: text('error'),
    /** 1-based attempt of this action in this firing. */
    attempt: integer('attempt').notNull().default(1),
    durationMs: integer('duration_ms').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('action_logs_run_idx').on(t.runId, t.createdAt),
    index('action_logs_tenant_idx').on(t.tenantId, t.createdAt),
    check('action_logs_status_check', sql`${t.status} in ('succeeded', 'failed', 'skipped')`),
  ],
);
