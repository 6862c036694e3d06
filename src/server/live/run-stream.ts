import type { Db } from '../../db/client.js';
import { loadRunEvents, type StoredRunEvent } from '../../db/runs.js';
import type { RunEventBus } from './event-bus.js';

/** Options of a run event stream. */
export interface RunStreamOptions {
  db: Db;
  bus: RunEventBus;
  runId: string;
  /** Send events after this seq (0: the whole log). */
  afterSeq: number;
  /** Receives each event exactly once, in seq order. */
  send: (event: StoredRunEvent) => void;
  /** A read from the log failed; the stream stops. */
  onError: (error: unknown) => void;
}

/**
 * Follows one run's event log for one client: replays every event after `afterSeq`, then each new one as
 * the bus announces it. Every event is read from the log (never from the notice), in seq order, and sent
 * once: notices that arrive while a read is under way only mark the stream dirty, and the next read starts
 * after the last seq sent — so a reconnecting client sees neither a gap nor a duplicate.
 */
export class RunEventStream {
  private lastSeq: number;
  private dirty = false;
  private reading = false;
  private closed = false;
  private unsubscribe: (() => void) | null = null;

  constructor(private readonly options: RunStreamOptions) {
    this.lastSeq = options.afterSeq;
  }

  /** The seq of the last event sent. */
  get seq(): number {
    return this.lastSeq;
  }

  /** Subscribes to the bus first (so nothing is missed), then replays the log. Resolves after the replay. */
  async start(): Promise<void> {
    this.unsubscribe = this.options.bus.subscribe(this.options.runId, (notice) => {
      if (notice === null || notice > this.lastSeq) this.kick();
    });
    this.kick();
    await this.idle();
  }

  /** Stops following. Idempotent. */
  close(): void {
    this.closed = true;
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  /** Resolves when no read is under way (tests, and `start`). */
  async idle(): Promise<void> {
    while (this.reading) await new Promise((resolve) => setImmediate(resolve));
  }

  private kick(): void {
    this.dirty = true;
    if (!this.reading) void this.pump();
  }

  private async pump(): Promise<void> {
    this.reading = true;
    try {
      while (this.dirty && !this.closed) {
        this.dirty = false;
        const events = await loadRunEvents(this.options.db, this.options.runId, this.lastSeq);
        for (const stored of events) {
          if (this.closed) return;
          if (stored.seq <= this.lastSeq) continue;
          this.lastSeq = stored.seq;
          this.options.send(stored);
        }
      }
    } catch (error) {
      this.close();
      this.options.onError(error);
    } finally {
      this.reading = false;
    }
  }
}
