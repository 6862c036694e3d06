import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';

/** `pgbench` (PostgreSQL's own benchmark) against a database, as the yardstick of the HTTP benchmark. */

const run = promisify(execFile);

/** One pgbench run: transactions per second (without initial connection time) and mean latency in ms. */
export interface PgbenchFigures {
  tps: number;
  latencyMs: number;
}

/** pgbench on PATH, else the one of Debian's PostgreSQL 15 client. */
function pgbenchBinary(): string {
  const debian = '/usr/lib/postgresql/15/bin/pgbench';
  const onPath = (process.env.PATH ?? '')
    .split(':')
    .some((dir) => dir !== '' && existsSync(`${dir}/pgbench`));
  return onPath || !existsSync(debian) ? 'pgbench' : debian;
}

/** Parses pgbench's report; throws when its `tps =` line is missing. */
export function parsePgbench(output: string): PgbenchFigures {
  const tps = /^tps = ([\d.]+) \(without initial connection time\)/m.exec(output);
  if (!tps) throw new Error(`no "tps =" line in pgbench's output: ${output.slice(-300)}`);
  const latency = /^latency average = ([\d.]+) ms/m.exec(output);
  return { tps: Number(tps[1]), latencyMs: latency ? Number(latency[1]) : Number.NaN };
}

/** Runs pgbench with `args` on the database at `url` (a postgres:// URI); resolves with its stdout. */
async function pgbench(url: string, args: string[]): Promise<string> {
  const { stdout, stderr } = await run(pgbenchBinary(), [...args, url], {
    maxBuffer: 16 * 1024 * 1024,
    timeout: 10 * 60_000,
  });
  return `${stdout}\n${stderr}`;
}

/** Creates pgbench's tables at scale `scale` (10 = one million accounts) in the database at `url`. */
export async function pgbenchInit(url: string, scale: number): Promise<void> {
  await pgbench(url, ['-i', '-q', '-s', String(scale)]);
}

/**
 * A timed pgbench run: `-S` (select only) or `-N` (simple update: no branch/teller updates), with
 * `clients` connections over 2 threads for `seconds`.
 */
export async function pgbenchRun(
  url: string,
  mode: '-S' | '-N',
  clients: number,
  seconds: number,
): Promise<PgbenchFigures> {
  return parsePgbench(await pgbench(url, [mode, '-c', String(clients), '-j', '2', '-T', String(seconds)]));
}
