import { DomainError, notFoundError } from '../core/errors.js';
import type { Db } from '../db/client.js';
import {
  decodeRunCursor,
  encodeRunCursor,
  listRuns,
  listRunVersions,
  listSavedRuns,
  loadDefinitions,
  saveRun,
  unsaveRun,
  versionKey,
  type RunListFilter,
  type RunListItem,
  type SavedRun,
} from '../db/run-queries.js';
import {
  getRun,
  loadRunEvents,
  loadTranscript,
  type RunRecord,
  type StoredRunEvent,
  type TranscriptEntry,
} from '../db/runs.js';
import {
  authorizeRun,
  callerMayUse,
  runStarter,
  type RunAccess,
  type RunCredentials,
  type RunStarter,
  type TenantCaller,
} from './run-access.js';
import type { RunEventBus } from './live-bus.js';
import { runProgress, type RunProgress } from './run-progress.js';
import { RunEventStream, type RunStreamOptions } from './run-stream.js';

export type { RunListItem, RunSummary, SavedRun } from '../db/run-queries.js';
export type { RunRecord, StoredRunEvent, TranscriptEntry } from '../db/runs.js';
export type { RunAccess, RunCredentials, RunStarter, TenantCaller } from './run-access.js';
export type { RunProgress } from './run-progress.js';

/** A listing's filter as callers give it: `cursor` is the opaque text a previous page's `nextCursor` gave out. */
export type RunListRequest = Omit<RunListFilter, 'cursor'> & { cursor?: string };

/** An export's filter: a listing's, without paging. */
export type RunExportFilter = Omit<RunListFilter, 'cursor' | 'limit'>;

/** A listed run with its progress (null when its pinned version cannot be read). */
export type ListedRun = RunListItem & { progress: RunProgress | null };

/** A saved (starred) run: the note, when it was saved, and the listed run. */
export type ListedSavedRun = Omit<SavedRun, 'run'> & { run: ListedRun };

/** One page of a listing, newest first, and the cursor of the next page (null on the last page). */
export interface ListedRunPage {
  runs: ListedRun[];
  nextCursor: string | null;
}

/**
 * What is read about runs rather than done to them: who may use a run (see run-access.ts), listings (admin
 * lists, "my runs") with progress, saved runs, exports, a run's event log and transcript, who started it, and
 * live streams of its log. Every listing is scoped to the tenant it is given.
 */
export class RunRecords {
  constructor(
    private readonly db: Db,
    private readonly bus: RunEventBus,
  ) {}

  /**
   * The run, if the credentials open it (see authorizeRun). Throws `unauthenticated` (no credentials) and
   * `not_found` (no such run, or not for these credentials). `known`: the current runs row, when the caller
   * holds it (see RunService.known): then it is not read again.
   */
  authorize(runId: string, credentials: RunCredentials, known?: RunRecord | null): Promise<RunAccess> {
    return authorizeRun(this.db, runId, credentials, known);
  }

  /** Who started the run, for a signed-in caller who may use it; null otherwise (see runStarter). */
  startedBy(access: RunAccess): Promise<RunStarter | null> {
    return runStarter(this.db, access);
  }

  /**
   * A page of the tenant's runs matching the filter (newest first), each with its progress. Throws
   * `bad_request` (`query.cursor`) when the cursor is not one this service gave out.
   */
  async list(request: RunListRequest): Promise<ListedRunPage> {
    const page = await listRuns(this.db, { ...request, cursor: cursorOf(request.cursor) });
    return {
      runs: await this.withProgress(page.runs),
      nextCursor: page.nextCursor ? encodeRunCursor(page.nextCursor) : null,
    };
  }

  /** The caller's saved runs in the tenant they act in, most recently saved first (at most 500). */
  async saved(caller: TenantCaller): Promise<ListedSavedRun[]> {
    const saved = await listSavedRuns(this.db, caller.userId, caller.tenantId);
    const runs = await this.withProgress(saved.map((s) => s.run));
    return saved.map((s, i) => ({ ...s, run: runs[i]! }));
  }

  /**
   * Stars a run the caller may use into their saved runs with a note (again: replaces the note). Throws
   * `not_found` when the run does not exist or the caller may not use it.
   */
  async save(caller: TenantCaller, runId: string, note?: string): Promise<ListedSavedRun> {
    const run = await getRun(this.db, runId);
    if (!run || !callerMayUse(caller, run)) throw notFoundError(`run ${runId}`);
    const saved = await saveRun(this.db, { userId: caller.userId, tenantId: caller.tenantId, runId, note });
    const [listed] = await this.withProgress([saved.run]);
    return { ...saved, run: listed! };
  }

  /** Unstars a run. Throws `not_found` when the caller had not saved it. */
  async unsave(caller: TenantCaller, runId: string): Promise<void> {
    if (!(await unsaveRun(this.db, caller.userId, runId))) throw notFoundError(`saved run ${runId}`);
  }

  /**
   * The field columns of an export: the field names of every version the matching runs follow, newest version
   * of each wizard first, in definition order, each once; and the wizard's slug when they all follow one.
   */
  async exportColumns(filter: RunExportFilter): Promise<{ fields: string[]; slug: string | null }> {
    const versions = await listRunVersions(this.db, filter);
    const definitions = await loadDefinitions(this.db, versions);
    const fields = new Set<string>();
    for (const v of versions)
      for (const step of definitions.get(versionKey(v.wizardId, v.version))?.steps ?? [])
        for (const field of step.fields) fields.add(field.name);
    const slugs = new Set(versions.map((v) => v.slug));
    return { fields: [...fields], slug: slugs.size === 1 ? [...slugs][0]! : null };
  }

  /** Every run matching the filter, newest first, read 200 at a time (for exports). */
  async *exportRuns(filter: RunExportFilter): AsyncGenerator<RunListItem> {
    let cursor: RunListFilter['cursor'];
    do {
      const page = await listRuns(this.db, { ...filter, cursor, limit: 200 });
      yield* page.runs;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }

  /**
   * The run's events after `afterSeq`, in order, and the log's last seq as the caller may know it: the last
   * event's, else the larger of the run's `lastSeq` and `afterSeq`.
   */
  async events(run: RunRecord, afterSeq: number): Promise<{ events: StoredRunEvent[]; lastSeq: number }> {
    const events = await loadRunEvents(this.db, run.id, afterSeq);
    return { events, lastSeq: events.at(-1)?.seq ?? Math.max(run.lastSeq, afterSeq) };
  }

  /** The run's transcript (the guide conversation), in order. */
  transcript(runId: string): Promise<TranscriptEntry[]> {
    return loadTranscript(this.db, runId);
  }

  /**
   * A stream that follows the run's event log (and, when asked, its transcript) for one client: call `start`
   * to replay and then follow, `close` to stop (see RunEventStream).
   */
  follow(options: Omit<RunStreamOptions, 'db' | 'bus'>): RunEventStream {
    return new RunEventStream({ ...options, db: this.db, bus: this.bus });
  }

  private async withProgress(items: RunListItem[]): Promise<ListedRun[]> {
    const progress = await runProgress(this.db, items);
    return items.map((run, i) => ({ ...run, progress: progress[i] ?? null }));
  }
}

/** The decoded cursor (undefined when none is given). Throws `bad_request` when it is not one of ours. */
function cursorOf(text: string | undefined): RunListFilter['cursor'] {
  if (text === undefined) return undefined;
  const cursor = decodeRunCursor(text);
  if (cursor === null)
    throw new DomainError('bad_request', 'query.cursor: is not a cursor this API gave out', {
      invalidParams: [{ name: 'query.cursor', reason: 'is not a cursor this API gave out' }],
    });
  return cursor;
}
