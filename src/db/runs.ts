import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { RunEventSchema, type RunEvent } from '../core/events/run-events.js';
import type { RunState } from '../core/wizard/run-state.js';
import type { RunAttribution } from '../core/attribution.js';
import type { Db } from './client.js';
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
 * appendRunEvents for a non-empty `events`, also returning the runs row as this append left it (read by the
 * same UPDATE, no extra round trip). Throws like appendRunEvents, and TypeError when `events` is empty.
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
  const lastSeq = expectedSeq + events.length;
  try {
    const run = await db.transaction(async (tx) => {
      await tx.insert(runEvents).values(
        events.map((event, i) => ({
          runId,
          seq: expectedSeq + 1 + i,
          type: event.type,
          actor: event.actor,
          payload: event,
          at: new Date(event.at),
        })),
      );
      const at = new Date(events[events.length - 1]!.at);
      const denormalised = state
        ? {
            status: state.status,
            currentStepId: state.current_step_id,
            values: state.values,
            completedAt: state.completed_at ? new Date(state.completed_at) : null,
          }
        : {};
      const updated = await tx
        .update(runs)
        .set({
          ...denormalised,
          lastSeq,
          updatedAt: sql`greatest(${runs.updatedAt}, ${at.toISOString()}::timestamptz)`,
        })
        .where(and(eq(runs.id, runId), eq(runs.lastSeq, expectedSeq)))
        .returning();
      if (updated.length === 0) throw new ConcurrencyError(runId, expectedSeq);
      const appended = events.map((event, i) => ({ seq: expectedSeq + 1 + i, event }));
      for (const hook of hooks) await hook(tx, { runId, events: appended, state: state ?? null });
      return updated[0]!;
    });
    return { lastSeq, run };
  } catch (error) {
    if (ConcurrencyError.isInstance(error)) throw error;
    if (sqlState(error) === UNIQUE_VIOLATION) throw new ConcurrencyError(runId, expectedSeq, error);
    if (sqlState(error) === FOREIGN_KEY_VIOLATION) throw new NotFoundError(`run ${runId}`);
    throw error;
  }
}

/**
 * Code that runs inside the transaction that appends run events, after they are written: an outbox for
 * webhook deliveries, a NOTIFY for live listeners. Throwing rolls the append back.
 */
export type AppendHook = (
  tx: Db,
  append: { runId: string; events: readonly StoredRunEvent[]; state: RunState | null },
) => Promise<void>;

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
 * Runs inside the transaction that appends transcript entries, after they are written (e.g. the live bus's
 * NOTIFY). A hook that throws rolls the append back.
 */
export type TranscriptHook = (tx: Db, append: { runId: string; lastSeq: number }) => Promise<void>;

/**
 * Appends entries to a run's transcript and returns their seqs. Seqs continue after the last stored entry
 * (`knownLastSeq`, when the caller knows it, spares reading it on the first attempt); a writer that loses a
 * race for a seq retries (up to 5 times). `hooks` run in the same transaction. Throws NotFoundError when the
 * run does not exist.
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
      return await db.transaction(async (tx) => {
        const known = attempt === 0 ? knownLastSeq : undefined;
        const first = (known ?? (await lastTranscriptSeq(tx, runId))) + 1;
        const rows = entries.map((e, i) => ({
          runId,
          seq: first + i,
          role: e.role,
          text: e.text,
          at: e.at ?? new Date(),
        }));
        await tx.insert(transcriptEntries).values(rows);
        for (const hook of hooks) await hook(tx, { runId, lastSeq: rows.at(-1)!.seq });
        return rows.map((r) => r.seq);
      });
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
