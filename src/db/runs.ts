import { and, asc, eq, getTableColumns, gt, sql, type SQL } from 'drizzle-orm';
import { RunEventSchema, type RunEvent } from '../core/events/run-events.js';
import type { RunState } from '../core/wizard/run-state.js';
import type { RunAttribution } from '../core/attribution.js';
import { queryRows, type Db } from './client.js';
import {
  ConcurrencyError,
  FOREIGN_KEY_VIOLATION,
  NotFoundError,
  sqlState,
  UNIQUE_VIOLATION,
} from './errors.js';
import {
  DEFAULT_TENANT,
  runEvents,
  runs,
  transcriptEntries,
  type RunChannel,
  type TranscriptRole,
} from './schema.js';

/**
 * The run repository: runs, their append-only event logs and the guide's transcripts. The event log is the
 * truth; the runs row carries a denormalised copy of the folded state for listing.
 */

/** A runs row. `status` is `created` until the first event is appended. */
export type RunRecord = typeof runs.$inferSelect;

export interface CreateRunInput {
  wizardId: string;
  /** The published version the run is pinned to. */
  version: number;
  channel: RunChannel;
  visitorId?: string;
  metadata?: Record<string, unknown>;
  /** Default `default`. */
  tenant?: string;
  /** The signed-in user who started it, if any. */
  userId?: string;
  /** sha256 (hex) of the run's token, when it was given one (see `runTokenHash` on the runs table). */
  runTokenHash?: string;
  /** Where a visitor's run came from (public page or embed); default {}. */
  attribution?: RunAttribution;
}

/** Creates a run pinned to a published version and returns its id (a uuid). Throws NotFoundError when that version does not exist. */
export async function createRun(db: Db, input: CreateRunInput): Promise<string> {
  try {
    const [row] = await db
      .insert(runs)
      .values({
        wizardId: input.wizardId,
        wizardVersion: input.version,
        tenantId: input.tenant ?? DEFAULT_TENANT,
        channel: input.channel,
        visitorId: input.visitorId ?? null,
        userId: input.userId ?? null,
        runTokenHash: input.runTokenHash ?? null,
        metadata: input.metadata ?? {},
        attribution: input.attribution ?? {},
      })
      .returning({ id: runs.id });
    return row!.id;
  } catch (error) {
    if (sqlState(error) === FOREIGN_KEY_VIOLATION)
      throw new NotFoundError(`version ${input.version} of wizard ${input.wizardId}`);
    throw error;
  }
}

/** The run with this id, or null. */
export async function getRun(db: Db, runId: string): Promise<RunRecord | null> {
  if (!isUuid(runId)) return null;
  const [row] = await db.select().from(runs).where(eq(runs.id, runId));
  return row ?? null;
}

/**
 * Appends events to a run's log in one transaction, numbering them `expectedSeq + 1`, `expectedSeq + 2`, …,
 * and returns the seq of the last one (`expectedSeq` when `events` is empty). When `state` (the state after
 * these events) is given, the runs row's status, current step, values and completion time are updated from it.
 * `hooks` run inside the same transaction, after the events are written (see AppendHook).
 * Throws ConcurrencyError when another writer already appended at one of those seqs (nothing is written),
 * NotFoundError when the run does not exist.
 */
export async function appendRunEvents(
  db: Db,
  runId: string,
  expectedSeq: number,
  events: readonly RunEvent[],
  state?: RunState | null,
  hooks: readonly AppendHook[] = [],
): Promise<number> {
  if (!isUuid(runId)) throw new NotFoundError(`run ${runId}`);
  if (events.length === 0) return expectedSeq;
  return (await appendRunEventsReturningRun(db, runId, expectedSeq, events, state, hooks)).lastSeq;
}

/**
 * appendRunEvents for a non-empty `events`, also returning the runs row as this append left it. The append is
 * one statement (see appendStatement): the runs row is updated where its `last_seq` is `expectedSeq`, the
 * events are inserted only when it was, and each hook's `inline` SQL is evaluated in it; it runs in a
 * transaction only when a hook asks for one (`inTransaction`). Throws like appendRunEvents, and TypeError when
 * `events` is empty.
 */
export async function appendRunEventsReturningRun(
  db: Db,
  runId: string,
  expectedSeq: number,
  events: readonly RunEvent[],
  state?: RunState | null,
  hooks: readonly AppendHook[] = [],
): Promise<{ lastSeq: number; run: RunRecord }> {
  if (!isUuid(runId)) throw new NotFoundError(`run ${runId}`);
  if (events.length === 0) throw new TypeError('appendRunEventsReturningRun needs at least one event');
  const appended = events.map((event, i) => ({ seq: expectedSeq + 1 + i, event }));
  const work = collectWork(hooks.map((hook) => hook({ runId, events: appended, state: state ?? null })));
  const statement = appendStatement(runId, expectedSeq, appended, state ?? null, work.inline);
  try {
    const run = await writeWithWork(db, work, async (executor) => {
      const [row] = await queryRows(executor, statement);
      if (!row) throw await refusal(executor, runId, expectedSeq);
      return runFromRow(row);
    });
    return { lastSeq: expectedSeq + events.length, run };
  } catch (error) {
    if (ConcurrencyError.isInstance(error) || NotFoundError.isInstance(error)) throw error;
    if (sqlState(error) === UNIQUE_VIOLATION) throw new ConcurrencyError(runId, expectedSeq, error);
    throw error;
  }
}

/**
 * The single statement of an append: a data-modifying CTE updates the runs row (status, current step, values
 * and completion from `state` when given; `last_seq`; `updated_at` never moves back) where `last_seq` is
 * `expectedSeq`, a second inserts the events from one jsonb parameter for each row the first updated (none
 * when another writer appended first), and the main query returns the updated row with the hooks' `inline`
 * expressions (PostgreSQL runs every data-modifying CTE to completion, and evaluates the select list once per
 * returned row: https://www.postgresql.org/docs/current/queries-with.html#QUERIES-WITH-MODIFYING).
 */
function appendStatement(
  runId: string,
  expectedSeq: number,
  appended: readonly StoredRunEvent[],
  state: RunState | null,
  inline: readonly SQL[],
): SQL {
  const last = appended[appended.length - 1]!;
  const denormalised = state
    ? sql`"status" = ${state.status}, "current_step_id" = ${state.current_step_id},
        "values" = ${JSON.stringify(state.values)}::jsonb,
        "completed_at" = ${state.completed_at ?? null}::timestamptz,`
    : sql``;
  const rows = JSON.stringify(
    appended.map(({ seq, event }) => ({
      seq,
      type: event.type,
      actor: event.actor,
      payload: event,
      at: event.at,
    })),
  );
  return sql`with appended as (
      update ${runs} set ${denormalised} "last_seq" = ${last.seq},
        "updated_at" = greatest(${runs.updatedAt}, ${last.event.at}::timestamptz)
      where ${runs.id} = ${runId} and ${runs.lastSeq} = ${expectedSeq}
      returning ${runs}.*
    ), logged as (
      insert into ${runEvents} ("run_id", "seq", "type", "actor", "payload", "at")
      select appended.id, e.seq, e.type, e.actor, e.payload, e.at
      from appended, jsonb_to_recordset(${rows}::jsonb)
        as e(seq integer, type text, actor text, payload jsonb, at timestamptz)
    )
    select appended.*${sql.join(
      inline.map((expression, i) => sql`, ${expression} as ${sql.identifier(`hook_${i}`)}`),
    )} from appended`;
}

/** Why an append wrote nothing: NotFoundError when the run does not exist, else ConcurrencyError. */
async function refusal(db: Db, runId: string, expectedSeq: number): Promise<Error> {
  const [exists] = await db.select({ id: runs.id }).from(runs).where(eq(runs.id, runId));
  return exists ? new ConcurrencyError(runId, expectedSeq) : new NotFoundError(`run ${runId}`);
}

const RUN_COLUMNS = Object.entries(getTableColumns(runs));

/** A runs row as raw SQL returns it (database column names, driver values) mapped the way drizzle maps a select. */
function runFromRow(row: Record<string, unknown>): RunRecord {
  const record: Record<string, unknown> = {};
  for (const [key, column] of RUN_COLUMNS) {
    const value = row[column.name];
    record[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return record as RunRecord;
}

/**
 * What an AppendHook adds to an append. `inline`: an expression evaluated once in the append's own statement,
 * only when the append succeeds (e.g. a `pg_notify`, delivered on commit). `inTransaction`: work in the
 * append's transaction after its rows are written (an outbox); throwing rolls the append back. An append runs
 * in a transaction only when a hook asks for one, so the common append is one round trip.
 */
export interface AppendWork {
  inline?: SQL;
  inTransaction?: (tx: Db) => Promise<void>;
}

/** The hooks' work for one append, gathered: the inline expressions and the steps that need its transaction. */
interface GatheredWork {
  inline: SQL[];
  inTransaction: Array<(tx: Db) => Promise<void>>;
}

function collectWork(works: ReadonlyArray<AppendWork | null>): GatheredWork {
  const all = works.filter((w): w is AppendWork => w !== null);
  return {
    inline: all.flatMap((w) => (w.inline ? [w.inline] : [])),
    inTransaction: all.flatMap((w) => (w.inTransaction ? [w.inTransaction] : [])),
  };
}

/** Runs `write` alone, or in a transaction followed by the hooks' steps when some hook asked for one. */
async function writeWithWork<T>(db: Db, work: GatheredWork, write: (executor: Db) => Promise<T>): Promise<T> {
  if (work.inTransaction.length === 0) return write(db);
  return db.transaction(async (tx) => {
    const written = await write(tx);
    for (const step of work.inTransaction) await step(tx);
    return written;
  });
}

/**
 * What to do with an append, decided from its events before they are written: null for nothing. Effects of
 * an append (a webhook outbox, a NOTIFY for live listeners) are hooks, so they are recorded exactly when the
 * events are.
 */
export type AppendHook = (append: {
  runId: string;
  events: readonly StoredRunEvent[];
  state: RunState | null;
}) => AppendWork | null;

/** A stored run event and its position in the log (1-based). */
export interface StoredRunEvent {
  seq: number;
  event: RunEvent;
}

/** The run's events after `afterSeq` (default 0: all of them), in order. Each payload is checked against RunEventSchema. */
export async function loadRunEvents(db: Db, runId: string, afterSeq = 0): Promise<StoredRunEvent[]> {
  if (!isUuid(runId)) return [];
  const rows = await db
    .select({ seq: runEvents.seq, payload: runEvents.payload })
    .from(runEvents)
    .where(and(eq(runEvents.runId, runId), gt(runEvents.seq, afterSeq)))
    .orderBy(asc(runEvents.seq));
  return rows.map((row) => ({ seq: row.seq, event: RunEventSchema.parse(row.payload) }));
}

/** One turn of the guide's conversation. `at` defaults to now. */
export interface TranscriptEntryInput {
  role: TranscriptRole;
  text: string;
  at?: Date;
}

export type TranscriptEntry = typeof transcriptEntries.$inferSelect;

/**
 * What to do with a transcript append (e.g. the live bus's NOTIFY), decided before it is written: null for
 * nothing (see AppendWork).
 */
export type TranscriptHook = (append: { runId: string; lastSeq: number }) => AppendWork | null;

/**
 * Appends entries to a run's transcript and returns their seqs. Seqs continue after the last stored entry
 * (`knownLastSeq`, when the caller knows it, spares reading it on the first attempt); a writer that loses a
 * race for a seq retries (up to 5 times). The insert and the hooks' `inline` SQL are one statement; it runs in
 * a transaction only when a hook asks for one. Throws NotFoundError when the run does not exist.
 */
export async function appendTranscript(
  db: Db,
  runId: string,
  entries: readonly TranscriptEntryInput[],
  hooks: readonly TranscriptHook[] = [],
  knownLastSeq?: number,
): Promise<number[]> {
  if (!isUuid(runId)) throw new NotFoundError(`run ${runId}`);
  if (entries.length === 0) return [];
  for (let attempt = 0; ; attempt++) {
    try {
      const known = attempt === 0 ? knownLastSeq : undefined;
      const first = (known ?? (await lastTranscriptSeq(db, runId))) + 1;
      const rows = entries.map((e, i) => ({
        runId,
        seq: first + i,
        role: e.role,
        text: e.text,
        at: e.at ?? new Date(),
      }));
      const work = collectWork(hooks.map((hook) => hook({ runId, lastSeq: rows.at(-1)!.seq })));
      await writeWithWork(db, work, async (executor) => {
        const insert = executor.insert(transcriptEntries).values(rows);
        if (work.inline.length === 0) await insert;
        else
          await executor.execute(
            sql`with inserted as (${insert.returning({ seq: transcriptEntries.seq }).getSQL()}) select ${sql.join(work.inline, sql`, `)}
              from (select 1 from inserted limit 1) as written`,
          );
      });
      return rows.map((r) => r.seq);
    } catch (error) {
      const state = sqlState(error);
      if (state === FOREIGN_KEY_VIOLATION) throw new NotFoundError(`run ${runId}`);
      if (state !== UNIQUE_VIOLATION || attempt >= 4) throw error;
    }
  }
}

async function lastTranscriptSeq(db: Db, runId: string): Promise<number> {
  const [last] = await db
    .select({ seq: sql<number>`coalesce(max(${transcriptEntries.seq}), 0)`.mapWith(Number) })
    .from(transcriptEntries)
    .where(eq(transcriptEntries.runId, runId));
  return last?.seq ?? 0;
}

/** The run's transcript entries after `afterSeq` (default 0), in order. */
export async function loadTranscript(db: Db, runId: string, afterSeq = 0): Promise<TranscriptEntry[]> {
  if (!isUuid(runId)) return [];
  return db
    .select()
    .from(transcriptEntries)
    .where(and(eq(transcriptEntries.runId, runId), gt(transcriptEntries.seq, afterSeq)))
    .orderBy(asc(transcriptEntries.seq));
}

/** Whether `value` is a uuid (ids of runs, wizards and users). */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
