import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { MemoryRunHandle } from '../src/core/wizard/run-handle.js';
import { EmbeddedBrain } from '../src/guide/nlu/brain.js';
import { caseWizard, DONT_CARE, type EvalCase } from '../src/guide/nlu/eval-runner.js';
import { GuideSession } from '../src/guide/session.js';
import { fmt, quantile } from './stats.js';

const CASES = new URL('../../shared/eval/sgd-dev.jsonl', import.meta.url);

/**
 * Embedded guide turn latency: every user turn of the shared evaluation cases through a GuideSession
 * (in-memory run), timed one by one. Prints p50, p99 and max in milliseconds. The first pass warms up.
 */
export async function benchGuideTurns(): Promise<void> {
  let text: string;
  try {
    text = readFileSync(CASES, 'utf8');
  } catch {
    console.log('guide turns: skipped (../shared/eval/sgd-dev.jsonl not found)');
    return;
  }
  const cases = text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as EvalCase);
  const samples: number[] = [];
  for (const pass of [0, 1]) {
    for (const c of cases) {
      const definition = caseWizard(c);
      const run = new MemoryRunHandle(c.id, definition);
      const now = new Date(`${c.reference_date ?? '2019-03-01'}T12:00:00`);
      await run.dispatch({ type: 'start', reference_date: c.reference_date }, { actor: 'system', now });
      const brain = new EmbeddedBrain({ dontCareValue: DONT_CARE });
      const session = new GuideSession({ run, brain, now: () => now });
      for (const turn of c.turns) {
        if (turn.agent) brain.observeAgentUtterance(turn.agent);
        const started = performance.now();
        await session.send(turn.user);
        if (pass === 1) samples.push(performance.now() - started);
      }
    }
  }
  console.log(
    `guide turns (embedded brain, ${samples.length} turns of ${cases.length} cases): ` +
      `p50 ${fmt(quantile(samples, 0.5), 2)} ms, p99 ${fmt(quantile(samples, 0.99), 2)} ms, max ${fmt(Math.max(...samples), 2)} ms`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await benchGuideTurns();
