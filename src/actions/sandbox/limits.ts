/**
 * The limits a sandboxed script runs under. Every field is optional in `runScript`; the defaults apply.
 *
 * - `memoryBytes`: heap the script may use, in bytes (default 32 MiB). Enforced by the WebAssembly memory
 *   of the module (its maximum is the module's 16 MiB initial heap plus this), and by QuickJS for a single
 *   allocation.
 * - `stackBytes`: QuickJS stack, in bytes (default 256 KiB; see `DEFAULT_LIMITS`).
 * - `timeoutMs`: deadline, in milliseconds from the start of the run (default 1000).
 * - `maxOutputChars`: length of the output's JSON text, in UTF-16 code units (default 1,000,000).
 * - `signal`: stops the script when aborted.
 */
export interface SandboxLimits {
  memoryBytes: number;
  stackBytes: number;
  timeoutMs: number;
  maxOutputChars: number;
  signal?: AbortSignal;
}

/**
 * The defaults. The stack is 256 KiB, not 512: measured on Node 20 with its default ~1 MB native stack, a
 * plain recursion under a 512 KiB QuickJS stack overflows Node's stack (each QuickJS frame is a deeper
 * WebAssembly frame) before QuickJS notices, which kills the module; at 256 KiB QuickJS stops it first.
 */
export const DEFAULT_LIMITS: Readonly<SandboxLimits> = {
  memoryBytes: 32 * 1024 * 1024,
  stackBytes: 256 * 1024,
  timeoutMs: 1000,
  maxOutputChars: 1_000_000,
};

/** The bounds a limit must lie in; a QuickJS stack over 4 MiB is more than its WebAssembly stack holds. */
const BOUNDS: Record<Exclude<keyof SandboxLimits, 'signal'>, [number, number]> = {
  memoryBytes: [1024 * 1024, 1024 * 1024 * 1024],
  stackBytes: [16 * 1024, 4 * 1024 * 1024],
  timeoutMs: [1, 10 * 60 * 1000],
  maxOutputChars: [1, 256 * 1024 * 1024],
};

/**
 * The limits with the defaults filled in for the fields `limits` leaves out (or sets to undefined).
 * @throws RangeError when a limit is outside its bounds (a programming error, not an author's).
 */
export function resolveLimits(limits: Partial<SandboxLimits> = {}): SandboxLimits {
  for (const [key, [min, max]] of Object.entries(BOUNDS)) {
    const value = limits[key as keyof typeof BOUNDS];
    if (value !== undefined && !(Number.isInteger(value) && value >= min && value <= max)) {
      throw new RangeError(`sandbox limit ${key} must be an integer from ${min} to ${max}, not ${value}`);
    }
  }
  return {
    memoryBytes: limits.memoryBytes ?? DEFAULT_LIMITS.memoryBytes,
    stackBytes: limits.stackBytes ?? DEFAULT_LIMITS.stackBytes,
    timeoutMs: limits.timeoutMs ?? DEFAULT_LIMITS.timeoutMs,
    maxOutputChars: limits.maxOutputChars ?? DEFAULT_LIMITS.maxOutputChars,
    ...(limits.signal ? { signal: limits.signal } : {}),
  };
}
