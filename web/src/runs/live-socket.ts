import type { RunEvent } from '../../../src/core/events/run-events';

/** One message of `GET /api/v1/runs/:id/live`. */
export interface StoredEvent {
  seq: number;
  event: RunEvent;
}

/** The socket's state, for a "reconnecting…" hint. */
export type LiveStatus = 'connecting' | 'open' | 'closed';

export interface LiveRunSocketOptions {
  runId: string;
  /** The last seq this client holds: replay starts after it, also on every reconnect. */
  afterSeq: () => number;
  runToken?: string;
  onEvent: (stored: StoredEvent) => void;
  onStatus?: (status: LiveStatus) => void;
  /** First reconnect delay in ms (doubles up to `maxDelayMs`); default 500. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** For tests. */
  WebSocketImpl?: typeof WebSocket;
}

/** The live URL of a run on this page's origin (`ws:` or `wss:`), with `after_seq` and `run_token`. */
export function liveUrl(runId: string, afterSeq: number, runToken?: string, base = window.location.href) {
  const url = new URL(`/api/v1/runs/${encodeURIComponent(runId)}/live`, base);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.searchParams.set('after_seq', String(afterSeq));
  if (runToken) url.searchParams.set('run_token', runToken);
  return url.toString();
}

/**
 * The live stream of one run over a WebSocket: each message `{seq, event}` goes to `onEvent`; when the
 * socket closes (network, server restart) it reconnects after a backoff (0.5 s doubling to 10 s, reset by a
 * message), asking for the events after the last seq it holds, so nothing is lost or repeated. `close()`
 * stops it for good.
 */
export class LiveRunSocket {
  private socket: WebSocket | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private attempts = 0;
  private stopped = false;

  constructor(private readonly options: LiveRunSocketOptions) {}

  /** Opens the socket (once). */
  start(): this {
    this.connect();
    return this;
  }

  /** Closes the socket and cancels any reconnect. */
  close(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.socket?.close(1000, 'done');
    this.socket = null;
  }

  private connect(): void {
    if (this.stopped) return;
    const { runId, afterSeq, runToken, onEvent, onStatus } = this.options;
    const Impl = this.options.WebSocketImpl ?? WebSocket;
    onStatus?.('connecting');
    const socket = new Impl(liveUrl(runId, afterSeq(), runToken));
    this.socket = socket;
    socket.onopen = () => onStatus?.('open');
    socket.onmessage = (message) => {
      this.attempts = 0;
      try {
        onEvent(JSON.parse(String(message.data)) as StoredEvent);
      } catch {
        // A malformed message is dropped; the next reconnect replays from the last good seq.
      }
    };
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      onStatus?.('closed');
      this.schedule();
    };
  }

  private schedule(): void {
    if (this.stopped) return;
    const base = this.options.baseDelayMs ?? 500;
    const delay = Math.min(base * 2 ** this.attempts, this.options.maxDelayMs ?? 10_000);
    this.attempts += 1;
    this.timer = setTimeout(() => this.connect(), delay);
  }
}
