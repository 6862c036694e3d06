import type { Db } from '../db/client.js';
import { PersistentRunHandle } from './run-handle.js';
import type { RunEffects } from './effects.js';
import { LruMap } from './lru.js';

/**
 * The run handles this process holds, least recently used evicted beyond `capacity`. A handle is reloaded
 * (the events other writers appended since it last looked) each time it is taken, so a cached handle is
 * as fresh as one opened from scratch, at the cost of one indexed read. Handles append with the process's
 * RunEffects.
 */
export class RunHandles {
  private readonly cache: LruMap<string, Promise<PersistentRunHandle>>;

  constructor(
    private readonly db: Db,
    private readonly effects: RunEffects,
    capacity = 1000,
  ) {
    this.cache = new LruMap(capacity);
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
    opening.catch(() => this.cache.delete(runId));
    return opening;
  }

  /** Adopts a handle this process just created (a started run). */
  adopt(handle: PersistentRunHandle): void {
    this.cache.set(handle.runId, Promise.resolve(handle));
  }
}
