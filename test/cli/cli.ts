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
  return new Promise((resolve, reject) => {
    const [command, argv] = cliCommand(args);
    const child = spawn(command, argv, { env: cliEnv(env), stdio: 'pipe' });
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

/** A running `guidepost` process whose input the test writes line by line. */
export interface CliProcess {
  /** Resolves with the first match of `pattern` in stderr (rejects after `ms`). */
  waitForStderr(pattern: RegExp, ms?: number): Promise<RegExpMatchArray>;
  writeLine(line: string): void;
  endInput(): void;
  /** Resolves when the process exits, with everything it wrote. */
  exited: Promise<CliResult>;
}

/** The environment of a CLI child: this one's, without DATABASE_URL or GUIDEPOST_BRAIN unless given. */
export function cliEnv(env: Record<string, string>): Record<string, string> {
  const base = { ...process.env } as Record<string, string>;
  delete base.DATABASE_URL;
  delete base.GUIDEPOST_BRAIN;
  return { ...base, ...env };
}

/** The command line that runs the real `guidepost` command: `[node, [bin, ...args]]`. */
export function cliCommand(args: string[]): [string, string[]] {
  return [process.execPath, [BIN, ...args]];
}

/** Starts the real `guidepost` command (see runCli) and lets the test write its input as it goes. */
export function startCli(args: string[], env: Record<string, string>): CliProcess {
  const [command, argv] = cliCommand(args);
  const child = spawn(command, argv, { env: cliEnv(env), stdio: 'pipe' });
  let stdout = '';
  let stderr = '';
  const listeners = new Set<() => void>();
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
    for (const listener of [...listeners]) listener();
  });
  const exited = new Promise<CliResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  return {
    exited,
    writeLine: (line) => child.stdin.write(`${line}\n`),
    endInput: () => child.stdin.end(),
    waitForStderr(pattern, ms = 30_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const match = stderr.match(pattern);
          if (!match) return;
          listeners.delete(check);
          clearTimeout(timer);
          resolve(match);
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`stderr never matched ${pattern}: ${stderr}`));
        }, ms);
        listeners.add(check);
        check();
      });
    },
  };
}
