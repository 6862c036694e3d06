import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createScratchDatabase } from '../src/db/scratch.js';
import { chatVisitors, type ChatFigures } from './chat-visitors.js';
import { measureCliRun, type CliRunFigures } from './cli-run.js';
import { runLoad, setFieldLanes, type LoadFigures } from './http-load.js';
import { signUpUsers, startRuns } from './http-setup.js';
import { startServer } from './http-server.js';
import { pgbenchInit, pgbenchRun, type PgbenchFigures } from './pgbench.js';
import { fmt } from './stats.js';

/**
 * HTTP API throughput and memory (issues 3 and 17), measured as deployed: `guidepost serve` in a child
 * process (see http-server.ts), loaded from this one, on PGlite and on PostgreSQL (a scratch database of
 * DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test). Scenarios:
 * - "set a field": autocannon, 50 connections for BENCH_SECONDS (default 10), one run per connection,
 *   PATCH /runs/:id/values with the run's token;
 * - "chat visitors": BENCH_VISITORS (default 300) anonymous visitors at once, each starting a chat run and
 *   sending it 5 messages (see chat-visitors.ts);
 * - the server's resident memory (now and peak) after the load;
 * - `guidepost run lead-capture`: time to the first prompt and peak memory (see cli-run.ts);
 * - `pgbench -S` and `-N` (50 clients, same seconds) on the same scratch database in the same run, and the
 *   set-a-field throughput as a share of them.
 * Prints figures next to the goals of issue 17; never fails on figures: a failing part prints its reason and
 * the rest goes on. BENCH_CPU_PROF=dir writes the server's CPU profiles there (node --cpu-prof).
 */

const CONNECTIONS = 50;

interface BackendFigures {
  backend: string;
  setField?: LoadFigures;
  chat?: ChatFigures;
  server?: { rssMb: number; peakMb: number };
  cli?: CliRunFigures;
  errors: string[];
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function envNumber(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** Starts a server on one database (PGlite when `databaseUrl` is undefined) and measures every scenario. */
async function measureBackend(
  backend: string,
  databaseUrl: string | undefined,
  seconds: number,
): Promise<BackendFigures> {
  const out: BackendFigures = { backend, errors: [] };
  const dataDir = await mkdtemp(join(tmpdir(), 'guidepost-bench-'));
  const profDir = process.env.BENCH_CPU_PROF;
  try {
    const server = await startServer({
      databaseUrl,
      dataDir,
      nodeArgs: profDir ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : [],
    });
    try {
      const [owner] = await signUpUsers(server.base, 1, `${backend}-form`);
      try {
        const runs = await startRuns(server.base, owner!, CONNECTIONS, 'form');
        out.setField = await runLoad(server.base, setFieldLanes(runs), seconds);
      } catch (error) {
        out.errors.push(`set a field: ${reason(error)}`);
      }
      try {
        out.chat = await chatVisitors(server.base, envNumber('BENCH_VISITORS', 300));
      } catch (error) {
        out.errors.push(`chat visitors: ${reason(error)}`);
      }
      out.server = server.memory();
    } finally {
      await server.stop();
    }
    try {
      out.cli = await measureCliRun(databaseUrl, dataDir);
    } catch (error) {
      out.errors.push(`guidepost run: ${reason(error)}`);
    }
  } catch (error) {
    out.errors.push(`server: ${reason(error)}`);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
  return out;
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

const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');

function printBackend(b: BackendFigures, pg?: Awaited<ReturnType<typeof measurePgbench>>): void {
  const isPg = b.backend === 'postgres';
  if (b.setField) {
    const f = b.setField;
    const statuses = Object.entries(f.statuses)
      .map(([code, n]) => `${code}×${n}`)
      .join(', ');
    console.log(
      `  ${b.backend.padEnd(8)} set a field    ${fmt(f.requestsPerSecond).padStart(6)} req/s  p50 ${fmt(f.p50, 1)} ms  p99 ${fmt(f.p99, 1)} ms  (${fmt(f.total)} requests: ${statuses}; ${f.errors} errors, ${f.timeouts} timeouts)`,
    );
    for (const [status, body] of f.samples) console.log(`    first ${status}: ${body}`);
    if (isPg && pg?.update && pg.select) {
      const share = (100 * f.requestsPerSecond) / pg.update.tps;
      console.log(
        `           = ${fmt(share, 1)} % of pgbench -N, ${fmt((100 * f.requestsPerSecond) / pg.select.tps, 1)} % of pgbench -S; goal ≥ 25 % of -N and p99 < 60 ms: ${verdict(share >= 25 && f.p99 < 60)}`,
      );
    } else if (!isPg)
      console.log(
        `           goal ≥ 600 req/s and p99 < 150 ms: ${verdict(f.requestsPerSecond >= 600 && f.p99 < 150)}`,
      );
  }
  if (b.chat) {
    const c = b.chat;
    console.log(
      `  ${b.backend.padEnd(8)} chat visitors  ${c.visitors} × 5 messages in ${fmt(c.seconds, 1)} s (${fmt(c.messagesPerSecond)} msg/s): message p50 ${fmt(c.p50, 1)} ms p99 ${fmt(c.p99, 1)} ms max ${fmt(c.max, 1)} ms; start p50 ${fmt(c.startP50, 1)} ms p99 ${fmt(c.startP99, 1)} ms; ${c.errors} errors; goal p99 < 250 ms, 0 errors: ${verdict(c.p99 < 250 && c.errors === 0)}`,
    );
    if (c.firstError) console.log(`    first error: ${c.firstError}`);
  }
  if (b.server)
    console.log(
      `  ${b.backend.padEnd(8)} server memory  ${fmt(b.server.rssMb)} MB now, ${fmt(b.server.peakMb)} MB peak; goal < 400 MB: ${verdict(b.server.peakMb < 400)}`,
    );
  if (b.cli)
    console.log(
      `  ${b.backend.padEnd(8)} guidepost run  first prompt ${fmt(b.cli.firstPromptMs)} ms, peak ${fmt(b.cli.peakRssMb)} MB; goal < 2 s and < 300 MB: ${verdict(b.cli.firstPromptMs < 2000 && b.cli.peakRssMb < 300)}`,
    );
  for (const error of b.errors) console.log(`  ${b.backend.padEnd(8)} failed: ${error}`);
}

/** Prints the HTTP benchmark's figures (see the module docstring). */
export async function benchHttp(): Promise<void> {
  const seconds = Math.ceil(envNumber('BENCH_SECONDS', 10));
  console.log(
    `http api (guidepost serve in its own process; autocannon ${CONNECTIONS} connections, ${seconds} s)`,
  );
  const results: Array<[BackendFigures, Awaited<ReturnType<typeof measurePgbench>>?]> = [];
  if (process.env.BENCH_BACKENDS !== 'postgres')
    results.push([await measureBackend('pglite', undefined, seconds)]);

  const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  let scratch;
  if (process.env.BENCH_BACKENDS !== 'pglite')
    try {
      scratch = await createScratchDatabase(serverUrl, 'guidepost_bench');
    } catch (error) {
      console.log(
        `  postgres skipped: ${serverUrl.replace(/:[^:@/]*@/, ':***@')} unreachable (${reason(error)})`,
      );
    }
  if (scratch) {
    try {
      const figures = await measureBackend('postgres', scratch.url, seconds);
      results.push([figures, await measurePgbench(scratch.url, seconds)]);
    } finally {
      await scratch
        .drop()
        .catch((error: unknown) => console.log(`  could not drop ${scratch.name}: ${reason(error)}`));
    }
  }
  for (const [figures, pg] of results) {
    if (pg?.error) console.log(`  pgbench failed: ${pg.error}`);
    for (const [label, f] of [
      ['-S (select only)  ', pg?.select],
      ['-N (simple update)', pg?.update],
    ] as const)
      if (f)
        console.log(
          `  pgbench ${label} ${fmt(f.tps).padStart(7)} tps  (latency average ${fmt(f.latencyMs, 2)} ms, same database, same run)`,
        );
    printBackend(figures, pg);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchHttp().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
