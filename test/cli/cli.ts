import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/guidepost.mjs', import.meta.url));

/** The outcome of one `guidepost` process. */
export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real `guidepost` command (bin/guidepost.mjs) as a child process with `env` added to a clean
 * environment (no DATABASE_URL unless given), writing `stdin` to it. Resolves when it exits.
 */
export function runCli(args: string[], env: Record<string, string>, stdin = ''): Promise<CliResult> {
  const base = { ...process.env };
  delete base.DATABASE_URL;
  delete base.GUIDEPOST_BRAIN;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...base, ...env }, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

/** The last non-empty line of stdout parsed as JSON. */
export function lastJsonLine(stdout: string): Record<string, unknown> {
  const lines = stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]!) as Record<string, unknown>;
}
