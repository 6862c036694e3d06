import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/**
 * `guidepost serve` in a child process of its own, as deployed, so the load generator never shares the
 * server's event loop. Rate limits are raised (the benchmark measures throughput, not the limits) and logs
 * are at `warn`.
 */

const BIN = fileURLToPath(new URL('../bin/guidepost.mjs', import.meta.url));

/** Limits raised far above what a benchmark sends from one address in a minute. */
const UNLIMITED = '10000000';

/** A running server process: its base URL, its pid, and how to read its memory and stop it. */
export interface ServerProcess {
  base: string;
  pid: number;
  /** Resident memory now and at its peak (VmRSS, VmHWM of /proc/<pid>/status), in MB. */
  memory(): { rssMb: number; peakMb: number };
  stop(): Promise<void>;
}

/** A TCP port free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** VmRSS and VmHWM of a process in MB (NaN where /proc cannot be read). */
export function processMemory(pid: number): { rssMb: number; peakMb: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  } catch {
    return { rssMb: Number.NaN, peakMb: Number.NaN };
  }
}

/** Waits for `child` to exit, killing it with SIGKILL after `ms`. */
function exited(child: ChildProcess, ms: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * Starts `guidepost serve` on `databaseUrl` (PGlite in `dataDir` when undefined) and resolves once
 * GET /health answers. `extraArgs` go to node (e.g. `--cpu-prof`). Throws with the server's last output
 * when it exits or is not up within 60 s.
 */
export async function startServer(options: {
  databaseUrl: string | undefined;
  dataDir: string;
  nodeArgs?: string[];
  env?: Record<string, string>;
}): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), BIN, 'serve'], {
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl ?? '',
      GUIDEPOST_DATA_DIR: options.dataDir,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      GUIDEPOST_RATE_LIMIT_RUN_STARTS: UNLIMITED,
      GUIDEPOST_RATE_LIMIT_MESSAGES: UNLIMITED,
      GUIDEPOST_RATE_LIMIT_VALUES: UNLIMITED,
      GUIDEPOST_RATE_LIMIT_VALUES_PER_IP: UNLIMITED,
      GUIDEPOST_RATE_LIMIT_SIGN_UP: UNLIMITED,
      GUIDEPOST_RATE_LIMIT_SIGN_IN: UNLIMITED,
      GUIDEPOST_RATE_LIMIT_PUBLIC_PAGES: UNLIMITED,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-2000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`guidepost serve exited (${child.exitCode}): ${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`guidepost serve did not answer /health within 60 s: ${output}`);
    }
    const ok = await fetch(`${base}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    base,
    pid: child.pid!,
    memory: () => processMemory(child.pid!),
    stop: async () => {
      child.kill('SIGTERM');
      await exited(child, 15_000);
    },
  };
}
