import {
  shouldInterruptAfterDeadline,
  type QuickJSContext,
  type QuickJSHandle,
  type QuickJSRuntime,
  type VmCallResult,
} from 'quickjs-emscripten';
import { ActionError } from '../executor.js';
import { notJsonError, scriptError, stackError, type Phase, type StopReason } from './errors.js';
import { resolveLimits, type SandboxLimits } from './limits.js';
import { discardSandboxModule, sandboxModule } from './module.js';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A run in progress: the context, the handles to free, why it was stopped, the phase. */
interface Run {
  context: QuickJSContext;
  limits: SandboxLimits;
  handles: QuickJSHandle[];
  stopped: StopReason;
  phase: Phase;
}

/**
 * Runs `code`, the body of a JavaScript function, in a fresh QuickJS context with `input` as its only
 * variable, and resolves to what it returns. Same as `runFunctionBody(code, { input }, limits)`, which
 * documents the rules.
 */
export function runScript(
  code: string,
  input: unknown,
  limits: Partial<SandboxLimits> = {},
): Promise<unknown> {
  return runFunctionBody(code, { input }, limits);
}

/**
 * Runs `code` as the body of a JavaScript function whose parameters are the keys of `variables` (each an
 * identifier) bound to their values, in a QuickJS (quickjs-emscripten) context of its own, and resolves to
 * the JSON value it returns.
 *
 * - The script sees only its variables and the ECMAScript built-ins: no `require`, `process`, `fetch`,
 *   `import` (no module loader), timers, console, filesystem or network. QuickJS is a separate
 *   interpreter in WebAssembly, so `this.constructor.constructor('return process')()` reaches QuickJS's
 *   own `Function`, never Node's.
 * - Variables go in as JSON text parsed inside the VM; the output comes out as `JSON.stringify` inside the
 *   VM, parsed in Node. Returning `undefined` (or nothing) gives `null`. A returned Promise is settled by
 *   running the VM's pending jobs (within the same deadline); one that stays pending is an error.
 * - Limits: see `SandboxLimits`; the deadline is checked by QuickJS's interrupt handler
 *   (`shouldInterruptAfterDeadline`), which it calls every few thousand operations.
 * - Each run has its own runtime and context, always disposed; the WebAssembly module is shared and is
 *   replaced when a dispose fails or the module throws on the host side (DESIGN.md, "transforms").
 *
 * Runs synchronously on the calling thread until the script ends or is stopped.
 *
 * @throws ActionError "the script ran longer than N ms and was stopped" (retryable), "the script used
 *   more than N MB of memory", "the script used more than N kB of stack …", "the script does not parse: …",
 *   "the script threw: …", "the script returned something that is not JSON (…)", "the script returned N
 *   characters of JSON, more than the limit of M", "the script's input is not JSON: …".
 */
export async function runFunctionBody(
  code: string,
  variables: Record<string, unknown>,
  limits: Partial<SandboxLimits> = {},
): Promise<unknown> {
  const resolved = resolveLimits(limits);
  const names = Object.keys(variables);
  const bad = names.find((name) => !IDENTIFIER.test(name));
  if (bad !== undefined) throw new TypeError(`runFunctionBody: "${bad}" is not an identifier`);
  let inputJson: string;
  try {
    inputJson = JSON.stringify(variables);
  } catch (error) {
    throw new ActionError(
      `the script's input is not JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }

  const module = await sandboxModule(resolved.memoryBytes);
  let runtime: QuickJSRuntime;
  let context: QuickJSContext;
  try {
    runtime = module.newRuntime();
    runtime.setMemoryLimit(resolved.memoryBytes);
    runtime.setMaxStackSize(resolved.stackBytes);
    context = runtime.newContext();
  } catch (error) {
    discardSandboxModule(resolved.memoryBytes);
    throw sandboxFailure(error);
  }
  const run: Run = { context, limits: resolved, handles: [], stopped: null, phase: 'compile' };
  const pastDeadline = shouldInterruptAfterDeadline(Date.now() + resolved.timeoutMs);
  runtime.setInterruptHandler((rt) => {
    if (resolved.signal?.aborted) run.stopped = 'cancelled';
    else if (pastDeadline(rt)) run.stopped = 'deadline';
    return run.stopped !== null;
  });
  let trusted = true;
  try {
    return evaluate(run, code, names, inputJson);
  } catch (error) {
    if (ActionError.isInstance(error)) throw error;
    trusted = false;
    if (error instanceof RangeError && /call stack/i.test(error.message)) throw stackError(resolved, error);
    throw sandboxFailure(error);
  } finally {
    if (!dispose(run, runtime) || !trusted) discardSandboxModule(resolved.memoryBytes);
  }
}

/**
 * "the script sandbox failed: …", for a failure of QuickJS itself rather than of the script. A WebAssembly
 * trap is the usual one (seen when a script keeps allocating after catching "out of memory").
 */
function sandboxFailure(error: unknown): ActionError {
  const message = error instanceof Error ? error.message : String(error);
  const hint = error instanceof WebAssembly.RuntimeError ? ' (did the script run out of memory?)' : '';
  return new ActionError(`the script sandbox failed: ${message}${hint}`, false, { cause: error });
}

/** Frees the run's handles, its context and the runtime; false when that failed (the module is suspect). */
function dispose(run: Run, runtime: QuickJSRuntime): boolean {
  try {
    for (const handle of run.handles.reverse()) if (handle.alive) handle.dispose();
    run.context.dispose();
    runtime.dispose();
    return true;
  } catch {
    return false;
  }
}

/** Keeps `handle` for disposal at the end of the run and returns it. */
function keep(run: Run, handle: QuickJSHandle): QuickJSHandle {
  run.handles.push(handle);
  return handle;
}

/** Throws the script's ActionError for `error`, a value thrown inside the VM. */
function throwScriptError(run: Run, error: QuickJSHandle): never {
  keep(run, error);
  let thrown: unknown;
  try {
    thrown = run.context.dump(error);
  } catch {
    thrown = { name: 'InternalError', message: 'out of memory' };
  }
  throw scriptError(thrown, run.stopped, run.phase, run.limits);
}

/** The value of a VM call, kept for disposal; a VM exception becomes the script's ActionError. */
function unwrap(run: Run, result: VmCallResult<QuickJSHandle>): QuickJSHandle {
  if (result.error) throwScriptError(run, result.error);
  return keep(run, result.value);
}

/** Compiles, calls, settles and serialises the script; the steps are done from the host, one handle each. */
function evaluate(run: Run, code: string, names: string[], inputJson: string): unknown {
  const { context } = run;
  const json = keep(run, context.getProp(context.global, 'JSON'));
  const parse = keep(run, context.getProp(json, 'parse'));
  const stringify = keep(run, context.getProp(json, 'stringify'));
  const functionConstructor = keep(run, context.getProp(context.global, 'Function'));

  const args = [...names, code].map((text) => keep(run, context.newString(text)));
  const fn = unwrap(run, context.callFunction(functionConstructor, context.undefined, ...args));
  run.phase = 'run';
  const bag = unwrap(
    run,
    context.callFunction(parse, context.undefined, keep(run, context.newString(inputJson))),
  );
  const values = names.map((name) => keep(run, context.getProp(bag, name)));
  const output = settle(run, unwrap(run, context.callFunction(fn, context.undefined, ...values)));

  if (context.typeof(output) === 'undefined') return null;
  run.phase = 'output';
  const text = unwrap(run, context.callFunction(stringify, context.undefined, output));
  if (context.typeof(text) !== 'string') notJson(`a ${context.typeof(output)}`);
  const length = context.getNumber(keep(run, context.getProp(text, 'length')));
  if (length > run.limits.maxOutputChars) {
    throw new ActionError(
      `the script returned ${length} characters of JSON, more than the limit of ${run.limits.maxOutputChars}`,
    );
  }
  return JSON.parse(context.getString(text)) as unknown;
}

function notJson(why: string): never {
  throw notJsonError(why);
}

/** The value of `output`, or of the Promise it is once the VM's pending jobs have run. */
function settle(run: Run, output: QuickJSHandle): QuickJSHandle {
  const { context } = run;
  let state = context.getPromiseState(output);
  if (state.type === 'fulfilled' && state.notAPromise) return output;
  if (state.type === 'pending') {
    const jobs = context.runtime.executePendingJobs();
    if (jobs.error) throwScriptError(run, jobs.error);
    state = context.getPromiseState(output);
  }
  if (state.type === 'pending') notJson('a Promise that never settled');
  if (state.type === 'rejected') throwScriptError(run, state.error);
  return keep(run, state.value);
}
