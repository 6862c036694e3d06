import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { processMemory } from './http-server.js';

/**
 * `guidepost run lead-capture` as a person starts it: the time from spawning the process to the guide's
 * first line on stdout (its greeting: the first prompt), and the process's peak resident memory (VmHWM)
 * once it has answered one more message, on the database of `databaseUrl` (PGlite in `dataDir` when undefined).
 */

const BIN = fileURLToPath(new URL('../bin/guidepost.mjs', import.meta.url));

/** What one `guidepost run` measured: ms to the first prompt, peak RSS in MB. */
export interface CliRunFigures {
  firstPromptMs: number;
  peakRssMb: number;
}

/** Spawns `guidepost run lead-capture`, waits for its first prompt, sends one line, reads its memory, ends it. */
export function measureCliRun(databaseUrl: string | undefined, dataDir: string): Promise<CliRunFigures> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [BIN, 'run', 'lead-capture'], {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl ?? '',
        GUIDEPOST_DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let firstPromptMs: number | undefined;
    let peakRssMb = Number.NaN;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`guidepost run gave no prompt within 60 s: ${stderr.slice(-500)}`));
    }, 60_000);
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const lines = stdout.split('\n').filter((l) => l.includes(': '));
      if (firstPromptMs === undefined && lines.length >= 1) {
        firstPromptMs = performance.now() - t0;
        child.stdin.write('Hana Sato, hana@kumo.dev\n');
      } else if (firstPromptMs !== undefined && lines.length >= 2 && Number.isNaN(peakRssMb)) {
        peakRssMb = processMemory(child.pid!).peakMb;
        child.stdin.end();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (firstPromptMs === undefined || Number.isNaN(peakRssMb))
        reject(new Error(`guidepost run exited (${code}) early: ${stderr.slice(-500)}`));
      else resolve({ firstPromptMs, peakRssMb });
    });
  });
}
