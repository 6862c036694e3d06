import type { Db } from '../db/client.js';
import { PersistentRunHandle } from './run-handle.js';
import type { RunEffects } from './effects.js';
import { LruMap } from '../core/lru-map.js';
import type { RunRecord } from '../db/runs.js';

/** That a run's event log (`events`) or transcript (`transcript`) grew to `seq`. */
export interface AppendNotice {
  runId: string;
  log: 'events' | 'transcript';
  seq: number;
}

/**
 * Where a process hears of appends by any process on its database (the live bus): `onAppend` calls the
 * listener with each AppendNotice, and with `null` when notices may have been lost. Returns the function that
 * stops listening.
 */
export interface AppendFeed {
  /** Whether notices are being received now (while not, nothing is taken as current). */
  readonly listening: boolean;
  onAppend(listener: (notice: AppendNotice | null) => void): () => void;
}

/**
 * The run handles this process holds, least recently used evicted beyond `capacity`. A handle is reloaded
 * (the events other writers appended since it last looked) each time it is taken, so a cached handle is
 * as fresh as one opened from scratch, at the cost of one indexed read. With an AppendFeed, handles hear of
 * other writers' appends, so `known` can answer without reading (see `known`). Handles append with the
 * process's RunEffects.
 */
export class RunHandles {
  private readonly cache: LruMap<string, Promise<PersistentRunHandle>>;
  /** The handles of `cache` that have opened, by run id. */
  private readonly opened = new Map<string, PersistentRunHandle>();

  constructor(
    private readonly db: Db,
    private readonly effects: RunEffects,
    capacity = 1000,
    private readonly feed?: AppendFeed,
  ) {
    this.cache = new LruMap(capacity, (runId) => this.opened.delete(runId));
    feed?.onAppend((notice) => {
      if (notice?.log === 'events') this.opened.get(notice.runId)?.noteAppended(notice.seq);
      else if (!notice) for (const handle of this.opened.values()) handle.noteAppended();
    });
  }

  /**
   * The runs row of a run this process holds and knows to be current (no other writer's append heard of
   * since it last looked), without reading the database; null otherwise, and always while no AppendFeed is listening.
   * A notice arrives just after the other writer's commit, so in that instant the row may be behind: a
   * command applied on it clashes at the append and is decided again on the reloaded log (see
   * PersistentRunHandle).
   */
  known(runId: string): RunRecord | null {
    if (!this.feed?.listening) return null;
    const handle = this.opened.get(runId);
    return handle?.upToDate ? handle.record : null;
  }

  /**
   * The run's handle, up to date with the log. `seen` is the runs row as the caller just read it: when its
   * `lastSeq` is the cached handle's, the handle already holds every event and is not reloaded (a writer
   * that appends meanwhile makes the next dispatch clash, reload and retry). Throws NotFoundError when the
   * run does not exist.
   */
  async get(runId: string, seen?: { lastSeq: number }): Promise<PersistentRunHandle> {
    const cached = this.cache.get(runId);
    if (cached) {
      const handle = await cached.catch(() => null);
      if (handle) {
        if (seen?.lastSeq !== handle.lastSeq) await handle.reload();
        return handle;
      }
    }
    const opening = PersistentRunHandle.open(this.db, runId, this.effects.eventHooks, this.effects.reactor);
    this.cache.set(runId, opening);
    opening.then(
      (handle) => {
        if (this.cache.get(runId) === opening) this.opened.set(runId, handle);
      },
      () => this.cache.delete(runId),
    );
    return opening;
  }

  /** Adopts a handle this process just created (a started run). */
  adopt(handle: PersistentRunHandle): void {
    this.cache.set(handle.runId, Promise.resolve(handle));
    this.opened.set(handle.runId, handle);
  }
}
