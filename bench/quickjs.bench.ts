import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { runScript } from '../src/actions/sandbox/run-script.js';
import { fmt, quantile } from './stats.js';

const WARM_RUNS = 200;
const SCRIPT = 'return { total: input.items.reduce((s, i) => s + i.price * i.quantity, 0) }';
const INPUT = { items: Array.from({ length: 20 }, (_, i) => ({ price: i + 0.5, quantity: i % 3 })) };

/**
 * QuickJS sandbox start-up: the cold start (the first `runScript` in the process, loading and
 * instantiating the WebAssembly module) and warm runs (a new runtime and context per run on the loaded
 * module), of a small script over a 20-item input. Prints milliseconds (median and p99 of the warm runs).
 */
export async function benchQuickJs(): Promise<void> {
  console.log('quickjs sandbox');
  let started = performance.now();
  await runScript(SCRIPT, INPUT);
  const cold = performance.now() - started;
  const samples: number[] = [];
  for (let i = 0; i < WARM_RUNS; i++) {
    started = performance.now();
    await runScript(SCRIPT, INPUT);
    samples.push(performance.now() - started);
  }
  console.log(
    `  cold start ${fmt(cold, 1)} ms (first run, module load included)   warm run p50 ${fmt(quantile(samples, 0.5), 2)} ms, ` +
      `p99 ${fmt(quantile(samples, 0.99), 2)} ms (${WARM_RUNS} runs)`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchQuickJs().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
