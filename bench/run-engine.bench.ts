import { performance } from 'node:perf_hooks';
import { loadBuiltinWizards } from '../src/builtin/index.js';
import { applyRunCommand } from '../src/core/wizard/run-engine.js';
import type { RunCommand, RunState } from '../src/core/wizard/run-state.js';
import { fmt } from './stats.js';

/**
 * Run-engine throughput: commands per second for a full lead-capture run (start, set each field with raw
 * input that needs normalising, navigate, complete), repeated for about two seconds. Prints the figure.
 */
export async function benchRunEngine(): Promise<void> {
  const definition = loadBuiltinWizards().find((d) => d.slug === 'lead-capture')!;
  const script: RunCommand[] = [
    { type: 'set_field', field: 'full_name', value: 'Ada Lovelace' },
    { type: 'set_field', field: 'email', value: 'Ada@Example.com' },
    { type: 'set_field', field: 'phone', value: '(415) 555-0123' },
    { type: 'next_step' },
    { type: 'set_field', field: 'company', value: 'Analytical Engines' },
    { type: 'set_field', field: 'budget', value: '20k-50k' },
    { type: 'next_step' },
    { type: 'set_field', field: 'timeline', value: '2026-04-01' },
    { type: 'next_step' },
    { type: 'set_field', field: 'consent', value: 'yes' },
    { type: 'next_step' },
    { type: 'complete' },
  ];
  let commands = 0;
  const started = performance.now();
  while (performance.now() - started < 2000) {
    let state: RunState | null = applyRunCommand(
      definition,
      null,
      { type: 'start' },
      { actor: 'form' },
    ).state;
    for (const command of script)
      state = applyRunCommand(definition, state, command, { actor: 'form' }).state;
    if (state?.status !== 'completed') throw new Error('benchmark run did not complete');
    commands += script.length + 1;
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `run engine: ${fmt(commands / seconds)} commands/s (${fmt(commands)} commands, lead-capture runs)`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await benchRunEngine();
