import { sql, type SQL } from 'drizzle-orm';
import { EventEmitter } from 'node:events';
import pg from 'pg';
import type { Database } from '../db/client.js';
import type { AppendHook, TranscriptHook } from '../db/runs.js';
import type { AppendNotice } from './run-handles.js';

/** The PostgreSQL channel run appends are announced on. */
export const RUN_EVENTS_CHANNEL = 'guidepost_run_events';

/**
 * A notice that a run's event log (`events`) or its transcript (`transcript`) grew to `seq`, or `null`
 * meaning "anything may have changed" (the listen connection was re-established and notices may have been
 * lost): re-read from the logs.
 */
export type RunNotice = { log: 'events' | 'transcript'; seq: number } | null;

/** `pg_notify` of a notice on the run events channel, as an SQL expression. */
function notify(notice: Record<string, unknown>): SQL {
  return sql`pg_notify(${RUN_EVENTS_CHANNEL}, ${JSON.stringify(notice)})`;
}

/** Logs the bus's connection trouble; the app passes its logger. */
export interface BusLogger {
  warn(obj: object, msg: string): void;
}

/**
 * Fan-out of "run X has new events" across every process on one database (servers, `guidepost run`, the MCP
 * server, voice workers). The `appendHook` adds `pg_notify(guidepost_run_events, {"run_id","last_seq"})`
 * to the append's statement (the `transcriptHook` likewise with `transcript_seq`), so the notice is
 * delivered on commit and never for a rolled-back append. Each process keeps one listen connection (a
 * dedicated pg.Client on PostgreSQL, reconnecting with backoff; PGlite's in-process `listen`) and fans the
 * notices out to local subscribers, who read the events themselves from the log. Notices carry no events:
 * the log is the only source, so a lost notice delays a subscriber but never corrupts what it shows.
 */
export class RunEventBus {
  private readonly local = new EventEmitter();
  private stopListening: (() => Promise<void>) | null = null;
  private client: pg.Client | null = null;
  private closed = false;
  private retryMs = 100;
  private retryTimer: NodeJS.Timeout | null = null;

  /** Adds the notice to every run-event append's statement (see RunEffects). */
  readonly appendHook: AppendHook = (append) => {
    const last = append.events.at(-1);
    if (!last) return null;
    return { inline: notify({ run_id: append.runId, last_seq: last.seq }) };
  };

  /** Adds the notice to every transcript append's statement (see RunEffects). */
  readonly transcriptHook: TranscriptHook = (append) => ({
    inline: notify({ run_id: append.runId, transcript_seq: append.lastSeq }),
  });

  constructor(
    private readonly database: Database,
    private readonly log: BusLogger,
  ) {
    this.local.setMaxListeners(0);
  }

  /** Starts listening. Resolves once the first listen is in place (PostgreSQL: retried in the background). */
  async start(): Promise<void> {
    if (this.database.kind === 'pglite') {
      const unlisten = await this.database.client.listen(RUN_EVENTS_CHANNEL, (p) => this.deliver(p));
      this.stopListening = async () => unlisten();
      return;
    }
    await this.connect().catch((error: unknown) => this.retry(error));
  }

  /**
   * Calls `listener` for each notice about `runId` (and with `null` after a reconnect). Returns the
   * function that unsubscribes.
   */
  subscribe(runId: string, listener: (notice: RunNotice) => void): () => void {
    const onRun = (notice: RunNotice) => listener(notice);
    const onResync = () => listener(null);
    this.local.on(`run:${runId}`, onRun);
    this.local.on('resync', onResync);
    return () => {
      this.local.off(`run:${runId}`, onRun);
      this.local.off('resync', onResync);
    };
  }

  /**
   * Calls `listener` with the run, log and seq of every append announced (by any process), and with `null`
   * after a reconnect (see AppendFeed). Returns the function that stops listening.
   */
  onAppend(listener: (notice: AppendNotice | null) => void): () => void {
    const onResync = () => listener(null);
    this.local.on('append', listener);
    this.local.on('resync', onResync);
    return () => {
      this.local.off('append', listener);
      this.local.off('resync', onResync);
    };
  }

  /** Announces an append locally only (tests, and writers that bypass the hooks). Default log: `events`. */
  announce(runId: string, seq: number, log: 'events' | 'transcript' = 'events'): void {
    this.local.emit(`run:${runId}`, { log, seq } satisfies RunNotice);
    this.local.emit('append', { runId, log, seq } satisfies AppendNotice);
  }

  /** Whether the listen connection is up (for readiness). */
  get listening(): boolean {
    return this.database.kind === 'pglite' ? this.stopListening !== null : this.client !== null;
  }

  /** Stops listening and drops every subscriber. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = null;
    await this.stopListening?.().catch(() => undefined);
    this.stopListening = null;
    await client?.end().catch(() => undefined);
    this.local.removeAllListeners();
  }

  private deliver(payload: string | undefined): void {
    try {
      const notice = JSON.parse(payload ?? '') as {
        run_id?: unknown;
        last_seq?: unknown;
        transcript_seq?: unknown;
      };
      if (typeof notice.run_id !== 'string') return;
      if (typeof notice.last_seq === 'number') this.announce(notice.run_id, notice.last_seq);
      else if (typeof notice.transcript_seq === 'number')
        this.announce(notice.run_id, notice.transcript_seq, 'transcript');
    } catch {
      // Not ours: ignore.
    }
  }

  private async connect(): Promise<void> {
    if (this.database.kind !== 'postgres') return;
    const client = new pg.Client(this.database.client.options);
    const lost = (error?: unknown) => {
      if (this.client !== client) return;
      this.client = null;
      client.end().catch(() => undefined);
      this.retry(error ?? new Error('the listen connection ended'));
    };
    client.on('error', lost);
    client.on('end', () => lost());
    client.on('notification', (message) => {
      if (message.channel === RUN_EVENTS_CHANNEL) this.deliver(message.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${RUN_EVENTS_CHANNEL}`);
    } catch (error) {
      client.end().catch(() => undefined);
      throw error;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.retryMs = 100;
    // Notices sent while no connection listened are lost: every subscriber re-reads its run's log.
    this.local.emit('resync');
  }

  private retry(error: unknown): void {
    if (this.closed || this.retryTimer) return;
    this.log.warn({ err: error, retryMs: this.retryMs }, 'live updates: listen connection lost, retrying');
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.connect().catch((e: unknown) => this.retry(e));
    }, this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, 5000);
  }
}
