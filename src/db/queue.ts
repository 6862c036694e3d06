import { createHash } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import PgBoss from 'pg-boss';
import type { Database, Db, SqlResult } from './client.js';

/**
 * The durable job queue: pg-boss 10 on the app's database. On PostgreSQL it shares the app's pool; on PGlite
 * it goes through pg-boss's `db` adapter. PGlite has one connection and runs a transaction exclusively, so
 * code inside a transaction must enqueue with `send(…, { tx })` (the job is written by that transaction and
 * exists exactly when it commits); enqueueing through the database itself from inside a transaction would
 * wait for that transaction forever.
 */

/**
 * A deterministic job id for `key`: a uuid-shaped SHA-256 of it, so enqueueing the same piece of work twice
 * is a no-op (see `send`'s `id`).
 */
export function jobIdFor(key: string): string {
  const hex = createHash('sha256').update(key).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Resolves after `ms` milliseconds without holding the process open. */
function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/** Jobs due within this many ms wake local workers by a timer; later ones wait for a poll. */
const WAKE_HORIZON_MS = 60_000;
const WAKE_DELAY_MS = 25;

/** A raw-SQL executor in the shape pg-boss's `db` option expects. */
export interface SqlExecutor {
  executeSql(text: string, values?: unknown[]): Promise<SqlResult>;
}

/** Options of `send`: pg-boss's job options, plus `tx` to write the job in a drizzle transaction. */
export interface SendOptions {
  /** The job id (a uuid). A job with this id already in the queue makes `send` a no-op (returns null). */
  id?: string;
  /** When the job may run first: a Date, or seconds from now. */
  startAfter?: Date | number;
  retryLimit?: number;
  /** Seconds before the first retry; with `retryBackoff`, doubled each retry. */
  retryDelay?: number;
  retryBackoff?: boolean;
  /** Seconds a handler may run before the job counts as failed (and is retried). */
  expireInSeconds?: number;
  singletonKey?: string;
  /** Write the job inside this transaction (see the module comment). */
  tx?: Db;
}

/** One job given to a handler. */
export interface Job<T> {
  id: string;
  name: string;
  data: T;
}

export interface QueueOptions {
  /** How often an idle worker polls, in seconds (pg-boss minimum 0.5). Default 2. */
  pollingIntervalSeconds?: number;
  /** Called with errors pg-boss reports from its background loops (they never reach a caller). */
  onError?: (error: unknown) => void;
}

/** The app's job queue (see the module comment). `start` before use; `stop` finishes active handlers first. */
export class JobQueue {
  private readonly boss: PgBoss;
  private readonly created = new Set<string>();
  private readonly workers = new Map<string, string[]>();
  /** pg-boss statements and job handlers still running; `stop` waits for them. */
  private readonly inFlight = new Set<Promise<unknown>>();
  private running = false;

  constructor(
    private readonly database: Database,
    private readonly options: QueueOptions = {},
  ) {
    this.boss = new PgBoss({
      db: this.tracked(bossExecutor(database)) as PgBoss.Db,
      schedule: false,
      supervise: true,
      migrate: true,
      pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2,
    });
    this.boss.on('error', (error) => options.onError?.(error));
  }

  /** True between a successful `start` and `stop`. */
  get isRunning(): boolean {
    return this.running;
  }

  /** Installs or migrates pg-boss's schema (`pgboss`) and starts maintenance. Idempotent. */
  async start(): Promise<void> {
    await this.boss.start();
    this.running = true;
  }

  /**
   * Stops fetching, waits up to `timeoutMs` (default 10 s) for active handlers, then returns. Jobs still
   * active after that are failed and so retried later. Idempotent. Also waits (within the same deadline) for
   * what pg-boss leaves running after its own stop: a job's completion it does not await, and a handler for
   * jobs a fetch already in flight returns — so the database can be closed as soon as this resolves.
   */
  async stop(timeoutMs = 10_000): Promise<void> {
    if (!this.running) return;
    this.running = false;
    const deadline = Date.now() + timeoutMs;
    await this.boss.stop({ graceful: true, wait: true, close: false, timeout: timeoutMs });
    while (this.inFlight.size > 0 && Date.now() < deadline) {
      const left = deadline - Date.now();
      await Promise.race([Promise.allSettled([...this.inFlight]), sleep(left)]);
      // A settled statement may start a handler or a completion in the next turn: look again after it.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /**
   * Creates the queue `name` if missing, with default job options (`retryLimit` etc.). Idempotent; `send`
   * and `work` call it with no options when needed.
   */
  async createQueue(
    name: string,
    defaults: Omit<SendOptions, 'id' | 'tx' | 'startAfter' | 'singletonKey'> = {},
  ) {
    if (this.created.has(name)) return;
    await this.boss.createQueue(name, { name, ...defaults });
    this.created.add(name);
  }

  /**
   * Enqueues a job and returns its id, or null when a job with `options.id` already exists. With `tx` the job
   * is written in that transaction. A job due now wakes this process's worker at once.
   */
  async send<T extends object>(name: string, data: T, options: SendOptions = {}): Promise<string | null> {
    const { tx, startAfter, ...rest } = options;
    // Creating a queue outside `tx` would wait for `tx` on PGlite: queues are created before transactions use them.
    if (tx && !this.created.has(name))
      throw new Error(`create the queue ${name} before sending to it in a transaction`);
    await this.createQueue(name);
    const id = await this.boss.send(name, data, {
      ...rest,
      ...(startAfter !== undefined ? { startAfter } : {}),
      ...(tx ? { db: transactionExecutor(tx) as PgBoss.Db } : {}),
    });
    const dueIn = startAfter instanceof Date ? startAfter.getTime() - Date.now() : (startAfter ?? 0) * 1000;
    // Wake local workers when the job falls due (after the transaction commits, for `tx`), not at their next poll.
    if (dueIn <= 0 && !tx) this.wake(name);
    else if (dueIn < WAKE_HORIZON_MS)
      setTimeout(() => this.wake(name), Math.max(dueIn, 0) + WAKE_DELAY_MS).unref();
    return id;
  }

  /** Wakes this process's workers of `name` so they fetch now instead of at their next poll. */
  wake(name: string): void {
    if (!this.running) return;
    for (const workerId of this.workers.get(name) ?? []) this.boss.notifyWorker(workerId);
  }

  /**
   * Runs `handler` for each job of `name` (one at a time per worker). A handler that throws fails the job,
   * which pg-boss retries per the job's retry options; returning completes it.
   */
  async work<T extends object>(
    name: string,
    handler: (job: Job<T>) => Promise<void>,
    options: { pollingIntervalSeconds?: number } = {},
  ): Promise<void> {
    await this.createQueue(name);
    const workerId = await this.boss.work<T>(name, { ...options, batchSize: 1 }, async ([job]) => {
      if (job) await this.track(handler({ id: job.id, name: job.name, data: job.data }));
    });
    this.workers.set(name, [...(this.workers.get(name) ?? []), workerId]);
  }

  /** Registers `work` in `inFlight` until it settles, and returns it. */
  private track<R>(work: Promise<R>): Promise<R> {
    this.inFlight.add(work);
    void work.then(
      () => this.inFlight.delete(work),
      () => this.inFlight.delete(work),
    );
    return work;
  }

  /** `executor` with each statement tracked in `inFlight`. */
  private tracked(executor: SqlExecutor): SqlExecutor {
    return { executeSql: (text, values) => this.track(executor.executeSql(text, values)) };
  }

  /** The job with this id in queue `name`, or null (for tests and diagnostics). */
  async getJob(name: string, id: string): Promise<{ state: string; retryCount: number } | null> {
    const job = await this.boss.getJobById(name, id);
    return job ? { state: job.state, retryCount: job.retryCount } : null;
  }
}

/**
 * pg-boss's executor on the app's database. On PGlite a statement without parameters may hold several
 * commands (pg-boss's schema and maintenance scripts), which needs `exec`; it answers the last result's rows.
 */
function bossExecutor(database: Database): SqlExecutor {
  if (database.kind === 'postgres')
    return { executeSql: (text, values) => database.executeSql(text, values) };
  const client = database.client;
  return {
    async executeSql(text, values) {
      if (values && values.length > 0) return database.executeSql(text, values);
      const results = await client.exec(text);
      return { rows: (results[results.length - 1]?.rows ?? []) as Record<string, unknown>[] };
    },
  };
}

/**
 * An executor that runs pg-boss's statements in a drizzle transaction: `$n` placeholders become drizzle
 * parameters (a placeholder used twice becomes two parameters with the same value).
 */
export function transactionExecutor(tx: Db): SqlExecutor {
  return {
    async executeSql(text, values = []) {
      const chunks: SQL[] = [];
      let last = 0;
      for (const match of text.matchAll(/\$(\d+)/g)) {
        chunks.push(sql.raw(text.slice(last, match.index)));
        const index = Number(match[1]) - 1;
        if (index < 0 || index >= values.length) throw new RangeError(`no value for $${index + 1}`);
        chunks.push(sql`${sql.param(values[index])}`);
        last = match.index + match[0].length;
      }
      chunks.push(sql.raw(text.slice(last)));
      const result = (await tx.execute(sql.join(chunks))) as unknown as SqlResult;
      return { rows: result.rows };
    },
  };
}
