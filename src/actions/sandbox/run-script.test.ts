import { describe, expect, it } from 'vitest';
import { ActionError } from '../executor.js';
import { runFunctionBody, runScript } from './run-script.js';

/** The ActionError a failing run rejects with. */
async function failure(run: Promise<unknown>): Promise<ActionError> {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  if (!ActionError.isInstance(error)) throw new Error(`expected an ActionError, got ${String(error)}`);
  return error;
}

describe('runScript: results', () => {
  it('returns what the function body returns, with input parsed from JSON', async () => {
    const output = await runScript('return { total: input.items.reduce((s, i) => s + i.price, 0) }', {
      items: [{ price: 2 }, { price: 3.5 }],
    });
    expect(output).toEqual({ total: 5.5 });
  });

  it('binds every variable of runFunctionBody', async () => {
    expect(await runFunctionBody('return [a, b.c]', { a: 1, b: { c: 'x' } })).toEqual([1, 'x']);
  });

  it('gives null for undefined or no return', async () => {
    expect(await runScript('return undefined', {})).toBeNull();
    expect(await runScript('const x = 1;', {})).toBeNull();
  });

  it('settles a returned Promise', async () => {
    expect(await runScript('return Promise.resolve(input.n * 2)', { n: 21 })).toBe(42);
  });

  it('runs 200 times in a row', async () => {
    for (let i = 0; i < 200; i++) expect(await runScript('return input.i + 1', { i })).toBe(i + 1);
  });
});

describe('runScript: limits', () => {
  it('stops while(true){} with the timeout error', async () => {
    const started = performance.now();
    const error = await failure(runScript('while (true) {}', {}, { timeoutMs: 300 }));
    console.log(
      `while(true){} with a 300 ms deadline stopped after ${Math.round(performance.now() - started)} ms`,
    );
    expect(error.message).toBe('the script ran longer than 300 ms and was stopped');
    expect(error.retryable).toBe(true);
  });

  it('stops a try/catch around an infinite loop too (the interrupt cannot be caught)', async () => {
    const error = await failure(
      runScript('try { while (true) {} } catch (e) { return "caught" }', {}, { timeoutMs: 200 }),
    );
    expect(error.message).toBe('the script ran longer than 200 ms and was stopped');
  });

  it('stops allocation without end with the memory error', async () => {
    const code = "const a = []; while (true) a.push('x'.repeat(1e6))";
    const error = await failure(runScript(code, {}, { timeoutMs: 30_000 }));
    expect(error.message).toBe('the script used more than 32 MB of memory');
  });

  it('stops a script that catches "out of memory" and keeps allocating, and the next run works', async () => {
    // Near the limit every allocation fails slowly, so the deadline is checked late; any of the three stops it.
    const code =
      'const a = []; while (true) { try { a.push(new Array(1e5).fill(1)) } catch (e) { a.push(e) } }';
    const error = await failure(runScript(code, {}));
    expect(error.message).toMatch(
      /^the script (used more than 32 MB of memory|sandbox failed: .*out of memory|ran longer than 1000 ms)/,
    );
    expect(await runScript('return input', [1])).toEqual([1]);
  });

  it('runs normally after a memory failure', async () => {
    await failure(runScript('const a = []; while (true) a.push({})', {}, { timeoutMs: 30_000 }));
    expect(await runScript('return input', { ok: true })).toEqual({ ok: true });
  });

  it('stops a deep recursion with the stack error', async () => {
    const error = await failure(runScript('function f(n) { return f(n + 1) + 1 } return f(0)', {}));
    expect(error.message).toBe('the script used more than 256 kB of stack (is a recursion too deep?)');
  });

  it('recovers when a 4 MB stack limit lets a recursion overflow the host stack (the module is replaced)', async () => {
    const code = 'function f(n) { return f(n + 1) + 1 } return f(0)';
    const error = await failure(runScript(code, {}, { stackBytes: 4 * 1024 * 1024 }));
    expect(error.message).toBe('the script used more than 4 MB of stack (is a recursion too deep?)');
    expect(error.cause).toBeInstanceOf(RangeError);
    expect(await runScript('return input.n', { n: 7 }, { stackBytes: 4 * 1024 * 1024 })).toBe(7);
  });

  it('refuses limits out of bounds', async () => {
    await expect(runScript('return 1', {}, { stackBytes: 16 * 1024 * 1024 })).rejects.toThrow(RangeError);
  });

  it('refuses output over the size limit', async () => {
    const error = await failure(runScript("return 'x'.repeat(2e6)", {}));
    expect(error.message).toBe(
      'the script returned 2000002 characters of JSON, more than the limit of 1000000',
    );
    expect(await runScript("return 'x'.repeat(10)", {}, { maxOutputChars: 12 })).toBe('xxxxxxxxxx');
  });

  it('stops when the signal is aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await failure(
      runScript('while (true) {}', {}, { signal: controller.signal, timeoutMs: 30_000 }),
    );
    expect(error.message).toBe('the script was stopped because the action was cancelled');
  });
});

describe('runScript: errors the author reads', () => {
  it('reports what the script threw', async () => {
    expect((await failure(runScript("throw new Error('no price')", {}))).message).toBe(
      'the script threw: no price',
    );
    expect((await failure(runScript('return input.a.b', {}))).message).toMatch(
      /^the script threw: TypeError: /,
    );
    expect((await failure(runScript("throw 'plain'", {}))).message).toBe('the script threw: plain');
  });

  it('reports a syntax error as such', async () => {
    expect((await failure(runScript('return {', {}))).message).toMatch(/^the script does not parse: /);
  });

  it('refuses output that is not JSON', async () => {
    for (const code of [
      'return () => 1',
      'return Symbol("s")',
      'const o = {}; o.o = o; return o',
      'return 1n',
    ]) {
      expect((await failure(runScript(code, {}))).message).toMatch(
        /^the script returned something that is not JSON/,
      );
    }
  });

  it('refuses a Promise that never settles', async () => {
    const error = await failure(runScript('return new Promise(() => {})', {}));
    expect(error.message).toBe(
      'the script returned something that is not JSON (a Promise that never settled)',
    );
  });
});

describe('runScript: nothing escapes', () => {
  it('has no require, process, fetch, timers, console or module globals', async () => {
    const names = [
      'require',
      'process',
      'fetch',
      'setTimeout',
      'setInterval',
      'console',
      'module',
      'Buffer',
      'std',
      'os',
    ];
    const code = `return ${JSON.stringify(names)}.map((n) => typeof globalThis[n])`;
    expect(await runScript(code, {})).toEqual(names.map(() => 'undefined'));
  });

  it('cannot reach Node through the Function constructor', async () => {
    for (const code of [
      "return this.constructor.constructor('return process')()",
      "return globalThis.constructor.constructor('return process')()",
      "return input.constructor.constructor('return require')()",
      "return (() => {}).constructor('return process')()",
      "return Object.getPrototypeOf(async function () {}).constructor('return process')()",
    ]) {
      expect((await failure(runScript(code, {}))).message).toMatch(
        /^the script threw: ReferenceError: '(process|require)' is not defined/,
      );
    }
  });

  it('sees only its own realm from the prototype chain', async () => {
    const code =
      "return [typeof this.constructor.constructor('return globalThis')().process, Object.keys(globalThis).length]";
    expect(await runScript(code, {})).toEqual(['undefined', 0]);
  });

  it('cannot import a module', async () => {
    expect((await failure(runScript("return import('fs')", {}))).message).toMatch(/^the script threw: .*fs/);
    expect((await failure(runScript("import fs from 'fs'; return 1", {}))).message).toMatch(
      /^the script does not parse/,
    );
  });

  it('does not keep state between runs', async () => {
    await runScript('globalThis.leak = 1; Object.prototype.polluted = true; return null', {});
    expect(await runScript("return [typeof leak, ({}).polluted ?? 'clean']", {})).toEqual([
      'undefined',
      'clean',
    ]);
  });
});
