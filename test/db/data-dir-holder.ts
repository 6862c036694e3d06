import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('./hold-data-dir.ts', import.meta.url));

/** A child process holding a PGlite data directory (see hold-data-dir.ts). */
export interface DataDirHolderProcess {
  child: ChildProcessWithoutNullStreams;
  /** The run the child created before it said it was ready. */
  runId: string;
  /** Resolves with the child's exit code (null when a signal ended it). */
  exited: Promise<number | null>;
}

/**
 * Spawns `node --import tsx hold-data-dir.ts <dataDir> <staleMs>` and resolves once it holds `dataDir` and has
 * created a run. Rejects with its stderr when it exits before that.
 */
export function spawnHolder(dataDir: string, staleMs: number): Promise<DataDirHolderProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, dataDir, String(staleMs)], {
    stdio: 'pipe',
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      const ready = /^ready (\S+)$/m.exec(stdout);
      if (ready) resolve({ child, runId: ready[1]!, exited });
    });
    void exited.then((code) =>
      reject(new Error(`the holder exited (${code}) before it was ready: ${stderr}`)),
    );
  });
}

/** Removes a temporary data directory and what its lock leaves beside it. */
export async function removeDataDir(dataDir: string): Promise<void> {
  for (const path of [dataDir, `${dataDir}.lock`, `${dataDir}.lock-holder.json`])
    await rm(path, { recursive: true, force: true });
}
