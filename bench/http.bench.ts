import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadConfig } from '../src/config/config.js';
import { createScratchDatabase } from '../src/db/scratch.js';
import { buildApp } from '../src/server/app.js';
import { gcd, messageLanes, runLoad, setFieldLanes, type LoadFigures } from './http-load.js';
import { signUpUsers, startRuns, type BenchRun } from './http-setup.js';
import { pgbenchInit, pgbenchRun, type PgbenchFigures } from './pgbench.js';
import { fmt } from './stats.js';

/**
 * HTTP API throughput (issue 3): the real app listening on 127.0.0.1, loaded by autocannon with 50
 * connections for BENCH_SECONDS (default 10) per scenario — "set a field value" (PATCH /runs/:id/values,
 * one run per connection) and "send a message to the guide" (POST /runs/:id/messages, "repeat that") — on
 * PGlite and on PostgreSQL (a scratch database of DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test),
 * next to `pgbench -S` and `pgbench -N` on that same scratch database. Prints requests/s, p50/p99 latency
 * and non-2xx counts; our throughput as a ratio of pgbench's. Never fails on figures: a failing part
 * prints its reason and the rest goes on.
 *
 * The message route is rate-limited per signed-in user (120 a minute), so the messages are spread over
 * enough users (each owning its tenant's clone of lead-capture) that the limit is not what is measured;
 * BENCH_MESSAGE_USERS overrides their number. Load generator and server share this process's event loop.
 */

const CONNECTIONS = 50;
const MESSAGES_PER_USER_MINUTE = 120;

type Outcome = { figures: LoadFigures } | { error: string };
interface Row {
  backend: string;
  scenario: string;
  outcome: Outcome;
  note?: string;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function envNumber(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** Users for the message scenario: enough for `rps` over the limit's window, rounded to divide well into 50. */
function messageUsers(rps: number, seconds: number): number {
  const override = envNumber('BENCH_MESSAGE_USERS', 0);
  if (override > 0) return Math.ceil(override);
  const needed = Math.ceil((rps * Math.min(seconds, 60) * 1.25) / MESSAGES_PER_USER_MINUTE);
  if (needed <= 10) return [1, 2, 5, 10].find((n) => n >= needed)!;
  return Math.min(500, Math.ceil(needed / 10) * 10);
}

/**
 * Lanes of the message scenario over `users` users: lane i holds L = users / gcd(50, users) runs, the j-th
 * of user (i·L + j) mod users, so every user gets the same share of the load and no two lanes share a run.
 */
async function prepareMessageLanes(base: string, users: number, tag: string): Promise<BenchRun[][]> {
  const perLane = users / gcd(CONNECTIONS, users);
  const accounts = await signUpUsers(base, users, tag);
  const runsPerUser = (CONNECTIONS * perLane) / users;
  const pools = await Promise.all(accounts.map((user) => startRuns(base, user, runsPerUser, 'chat')));
  return Array.from({ length: CONNECTIONS }, (_, lane) =>
    Array.from({ length: perLane }, (_, j) => pools[(lane * perLane + j) % users]!.pop()!),
  );
}

/** Starts the app on one database (PGlite when `databaseUrl` is undefined), measures both scenarios. */
async function measureBackend(
  backend: string,
  databaseUrl: string | undefined,
  seconds: number,
): Promise<Row[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'guidepost-bench-'));
  const rows: Row[] = [];
  try {
    const config = loadConfig({
      ...process.env,
      DATABASE_URL: databaseUrl ?? '',
      GUIDEPOST_DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      PORT: '0',
    });
    const app = await buildApp({ config });
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const address = app.server.address();
      if (!address || typeof address === 'string') throw new Error('the app is not listening on TCP');
      const base = `http://127.0.0.1:${address.port}`;
      const tag = backend;

      let setFieldRps = 0;
      try {
        const t0 = performance.now();
        const [owner] = await signUpUsers(base, 1, `${tag}-form`);
        const runs = await startRuns(base, owner!, CONNECTIONS, 'form');
        const note = `1 user, ${runs.length} runs, prepared in ${fmt((performance.now() - t0) / 1000, 1)} s`;
        const figures = await runLoad(base, setFieldLanes(runs), seconds);
        setFieldRps = figures.requestsPerSecond;
        rows.push({ backend, scenario: 'set a field value', outcome: { figures }, note });
      } catch (error) {
        rows.push({ backend, scenario: 'set a field value', outcome: { error: reason(error) } });
      }

      const users = messageUsers(setFieldRps || 500, seconds);
      try {
        const t0 = performance.now();
        const lanes = await prepareMessageLanes(base, users, `${tag}-chat`);
        const runs = lanes.length * lanes[0]!.length;
        const note = `${users} users, ${runs} runs, prepared in ${fmt((performance.now() - t0) / 1000, 1)} s`;
        const figures = await runLoad(base, messageLanes(lanes), seconds);
        rows.push({ backend, scenario: 'message to the guide', outcome: { figures }, note });
      } catch (error) {
        rows.push({ backend, scenario: 'message to the guide', outcome: { error: reason(error) } });
      }
    } finally {
      await app.close();
    }
  } catch (error) {
    rows.push({ backend, scenario: 'app', outcome: { error: reason(error) } });
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
  return rows;
}

/** pgbench -i -s 10, then -S and -N with 50 clients for `seconds` each, on the database at `url`. */
async function measurePgbench(url: string, seconds: number) {
  const out: { select?: PgbenchFigures; update?: PgbenchFigures; error?: string } = {};
  try {
    await pgbenchInit(url, 10);
    out.select = await pgbenchRun(url, '-S', CONNECTIONS, seconds);
    out.update = await pgbenchRun(url, '-N', CONNECTIONS, seconds);
  } catch (error) {
    out.error = reason(error);
  }
  return out;
}

function printRows(rows: Row[]): void {
  const head = ['backend', 'scenario', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'non-2xx', 'err/timeout'];
  const widths = [9, 21, 9, 8, 8, 9, 8, 11];
  const line = (cells: string[]) =>
    console.log(
      '  ' + cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' '),
    );
  line(head);
  for (const row of rows) {
    if ('error' in row.outcome) {
      console.log(`  ${row.backend.padEnd(9)} ${row.scenario.padEnd(21)} failed: ${row.outcome.error}`);
      continue;
    }
    const f = row.outcome.figures;
    line([
      row.backend,
      row.scenario,
      fmt(f.requestsPerSecond),
      fmt(f.p50, 1),
      fmt(f.p99, 1),
      fmt(f.total),
      fmt(f.non2xx),
      `${f.errors}/${f.timeouts}`,
    ]);
  }
  for (const row of rows) {
    if ('error' in row.outcome) continue;
    const f = row.outcome.figures;
    const statuses = Object.entries(f.statuses)
      .map(([code, n]) => `${code}×${n}`)
      .join(', ');
    console.log(
      `  ${row.backend} ${row.scenario}: statuses ${statuses || 'none'}${row.note ? `; ${row.note}` : ''}`,
    );
    for (const [status, body] of f.samples) console.log(`    first ${status}: ${body}`);
  }
}

function printPgbench(pg: Awaited<ReturnType<typeof measurePgbench>>, rows: Row[]): void {
  if (pg.error) console.log(`  pgbench failed: ${pg.error}`);
  const show = (label: string, f?: PgbenchFigures) =>
    f &&
    console.log(
      `  pgbench ${label}  ${fmt(f.tps).padStart(7)} tps  (latency average ${fmt(f.latencyMs, 2)} ms)`,
    );
  show('-S (select only)  ', pg.select);
  show('-N (simple update)', pg.update);
  for (const row of rows) {
    if ('error' in row.outcome) continue;
    const rps = row.outcome.figures.requestsPerSecond;
    const ratio = (f?: PgbenchFigures) => (f && f.tps > 0 ? `${fmt((100 * rps) / f.tps, 1)} %` : 'n/a');
    console.log(
      `  ${row.backend.padEnd(9)} ${row.scenario.padEnd(21)} = ${ratio(pg.update)} of pgbench -N, ${ratio(pg.select)} of pgbench -S`,
    );
  }
}

/** Prints the HTTP benchmark's figures (see the module docstring). */
export async function benchHttp(): Promise<void> {
  const seconds = Math.ceil(envNumber('BENCH_SECONDS', 10));
  console.log(`http api (autocannon, ${CONNECTIONS} connections, ${seconds} s per scenario)`);
  const rows = await measureBackend('pglite', undefined, seconds);

  const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  let pg: Awaited<ReturnType<typeof measurePgbench>> | undefined;
  let scratch;
  try {
    scratch = await createScratchDatabase(serverUrl, 'guidepost_bench');
  } catch (error) {
    console.log(
      `  postgres skipped: ${serverUrl.replace(/:[^:@/]*@/, ':***@')} unreachable (${reason(error)})`,
    );
  }
  if (scratch) {
    try {
      rows.push(...(await measureBackend('postgres', scratch.url, seconds)));
      pg = await measurePgbench(scratch.url, seconds);
    } finally {
      await scratch
        .drop()
        .catch((error: unknown) => console.log(`  could not drop ${scratch.name}: ${reason(error)}`));
    }
  }
  printRows(rows);
  if (pg) printPgbench(pg, rows);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchHttp().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
