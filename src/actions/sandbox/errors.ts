import { ActionError } from '../executor.js';
import type { SandboxLimits } from './limits.js';

/** Why the interrupt handler stopped a script, if it did. */
export type StopReason = 'deadline' | 'cancelled' | null;

/**
 * The phase of a run an error came from: compiling the body (a syntax error is reported as such), running
 * it, or serialising its output (an error there means the output is not JSON).
 */
export type Phase = 'compile' | 'run' | 'output';

function describe(value: unknown): { name: string; message: string } {
  if (typeof value === 'object' && value !== null && 'message' in value) {
    const name = 'name' in value && typeof value.name === 'string' ? value.name : 'Error';
    return { name, message: String(value.message) };
  }
  return { name: '', message: typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value)) };
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} kB`;
}

/**
 * The ActionError for a failed script, from what QuickJS threw (`thrown`, the dumped VM value), why the
 * interrupt handler stopped it (`stopped`) and the limits it ran under. Messages, in order of precedence:
 * "the script ran longer than N ms and was stopped", "the script was stopped because the action was
 * cancelled", "the script used more than N MB of memory", "the script used more than N kB of stack (is a
 * recursion too deep?)", "the script does not parse: …" (compile phase), "the script returned something
 * that is not JSON (…)" (output phase), "the script threw: …" (the error's message, prefixed by its name
 * unless it is a plain Error). Only the deadline is retryable.
 */
export function scriptError(
  thrown: unknown,
  stopped: StopReason,
  phase: Phase,
  limits: SandboxLimits,
): ActionError {
  if (stopped === 'deadline') {
    return new ActionError(`the script ran longer than ${limits.timeoutMs} ms and was stopped`, true);
  }
  if (stopped === 'cancelled')
    return new ActionError('the script was stopped because the action was cancelled');
  const { name, message } = describe(thrown);
  if (name === 'InternalError' && message === 'out of memory') {
    return new ActionError(`the script used more than ${formatBytes(limits.memoryBytes)} of memory`);
  }
  if (name === 'InternalError' && message === 'stack overflow') return stackError(limits);
  if (phase === 'compile') return new ActionError(`the script does not parse: ${message}`);
  if (phase === 'output') return notJsonError(message);
  return new ActionError(
    `the script threw: ${name === '' || name === 'Error' ? message : `${name}: ${message}`}`,
  );
}

/** "the script used more than N kB of stack (is a recursion too deep?)"; `cause` is a host-side overflow. */
export function stackError(limits: SandboxLimits, cause?: unknown): ActionError {
  const message = `the script used more than ${formatBytes(limits.stackBytes)} of stack (is a recursion too deep?)`;
  return new ActionError(message, false, cause === undefined ? {} : { cause });
}

/** "the script returned something that is not JSON (<why>)". */
export function notJsonError(why: string): ActionError {
  return new ActionError(`the script returned something that is not JSON (${why})`);
}
