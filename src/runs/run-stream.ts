import type { Db } from '../db/client.js';
import { loadRunEvents, loadTranscript, type StoredRunEvent, type TranscriptEntry } from '../db/runs.js';
import type { RunEventBus, RunNotice } from './live-bus.js';

/** One transcript line as live clients get it: its seq in the transcript, who said it, what, and when. */
export interface LiveTranscriptEntry {
  transcript_seq: number;
  entry: { role: TranscriptEntry['role']; text: string; at: string };
}

/** Options of a run event stream. */
export interface RunStreamOptions {
  db: Db;
  bus: RunEventBus;
  runId: string;
  /** Send events after this seq (0: the whole log). */
  afterSeq: number;
  /** Receives each event exactly once, in seq order. */
  send: (event: StoredRunEvent) => void;
  /**
   * Also follow the transcript: send its lines after this seq (0: all of them) to `sendTranscript`, each
   * once and in order. Undefined: the transcript is not followed.
   */
  afterTranscriptSeq?: number;
  sendTranscript?: (line: LiveTranscriptEntry) => void;
  /** A read from the log failed; the stream stops. */
  onError: (error: unknown) => void;
}

/**
 * Follows one run's event log (and, when asked, its transcript) for one client: replays every event after
 * `afterSeq`, then each new one as the bus announces it. Every event is read from the log (never from the
 * notice), in seq order, and sent once: notices that arrive while a read is under way only mark the stream
 * dirty, and the next read starts after the last seq sent — so a reconnecting client sees neither a gap nor
 * a duplicate. Transcript lines follow the same rule with their own seq.
 */
export class RunEventStream {
  private lastSeq: number;
  private lastTranscriptSeq: number | undefined;
  private dirty = false;
  private reading = false;
  private closed = false;
  private unsubscribe: (() => void) | null = null;

  constructor(private readonly options: RunStreamOptions) {
    this.lastSeq = options.afterSeq;
    this.lastTranscriptSeq = options.sendTranscript ? (options.afterTranscriptSeq ?? 0) : undefined;
  }

  /** The seq of the last event sent. */
  get seq(): number {
    return this.lastSeq;
  }

  /** Subscribes to the bus first (so nothing is missed), then replays the log. Resolves after the replay. */
  async start(): Promise<void> {
    this.unsubscribe = this.options.bus.subscribe(this.options.runId, (notice) => {
      if (this.isNews(notice)) this.kick();
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

  private isNews(notice: RunNotice): boolean {
    if (notice === null) return true;
    if (notice.log === 'events') return notice.seq > this.lastSeq;
    return this.lastTranscriptSeq !== undefined && notice.seq > this.lastTranscriptSeq;
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
        await this.readEvents();
        await this.readTranscript();
      }
    } catch (error) {
      this.close();
      this.options.onError(error);
    } finally {
      this.reading = false;
    }
  }

  private async readEvents(): Promise<void> {
    const events = await loadRunEvents(this.options.db, this.options.runId, this.lastSeq);
    for (const stored of events) {
      if (this.closed) return;
      if (stored.seq <= this.lastSeq) continue;
      this.lastSeq = stored.seq;
      this.options.send(stored);
    }
  }

  private async readTranscript(): Promise<void> {
    const send = this.options.sendTranscript;
    if (!send || this.lastTranscriptSeq === undefined || this.closed) return;
    const lines = await loadTranscript(this.options.db, this.options.runId, this.lastTranscriptSeq);
    for (const line of lines) {
      if (this.closed) return;
      if (line.seq <= this.lastTranscriptSeq) continue;
      this.lastTranscriptSeq = line.seq;
      send({
        transcript_seq: line.seq,
        entry: { role: line.role, text: line.text, at: line.at.toISOString() },
      });
    }
  }
}
