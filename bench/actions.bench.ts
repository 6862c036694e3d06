import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { loadConfig } from '../src/config/config.js';
import type { WizardDefinitionInput } from '../src/core/wizard/definition.js';
import { openDatabase } from '../src/db/client.js';
import { checkDefinition, createWizard, publishWizard } from '../src/db/wizard-authoring.js';
import { Runtime } from '../src/runtime/runtime.js';
import { fmt, quantile } from './stats.js';

const COMMANDS = 200;
const QUIET = { error: () => undefined, warn: () => undefined, info: () => undefined };

/** A one-field wizard; with `actions`, choosing an option runs two synchronous actions. */
function wizard(slug: string, actions: boolean): WizardDefinitionInput {
  return {
    id: slug,
    name: slug,
    slug,
    steps: [
      {
        id: 'only',
        title: 'Only',
        fields: [
          {
            name: 'plan',
            label: 'Plan',
            type: 'single_select',
            options: [
              { value: 'a', label: 'A' },
              { value: 'b', label: 'B' },
            ],
          },
        ],
      },
    ],
    ...(actions
      ? {
          events: [
            {
              id: 'on_plan',
              name: 'On plan',
              trigger: 'optionSet.onChange' as const,
              target: { kind: 'option_set' as const, field: 'plan' },
              actions: [
                {
                  id: 'price',
                  type: 'transform_data' as const,
                  config: { language: 'jmespath' as const, expression: '{plan: values.plan, price: `12`}' },
                  output_handling: { into: 'context' as const, key: 'price' },
                },
                {
                  id: 'say',
                  type: 'show_message' as const,
                  execution_order: 1,
                  config: { text: 'Plan {{ values.plan }} chosen' },
                },
              ],
            },
          ],
        }
      : {}),
  };
}

/** Milliseconds of each of COMMANDS set-field commands (alternating options) through the run service. */
async function timeCommands(runtime: Runtime, slug: string): Promise<number[]> {
  const db = runtime.database.db;
  const created = await createWizard(db, 'default', checkDefinition(wizard(slug, slug.endsWith('actions'))));
  await publishWizard(db, 'default', created.id);
  const { view } = await runtime.runs.start({ wizardId: created.id, channel: 'form' }, null);
  const samples: number[] = [];
  for (let i = 0; i < COMMANDS; i++) {
    const started = performance.now();
    await runtime.runs.setValues(view.run.id, { plan: i % 2 === 0 ? 'a' : 'b' });
    samples.push(performance.now() - started);
  }
  return samples;
}

/**
 * Synchronous actions in the reaction to a command (PGlite in memory): set-field commands through the run
 * service on a select field with no events, then on one whose change runs two synchronous actions (a
 * JMESPath transform kept in the run's context, and a message: each one more appended run event and an
 * action log row). Prints actions per second (by the time they add to the commands, and counting whole
 * commands) and the p50/p99 latency of a set-field command without and with them. Figures only.
 */
export async function benchActions(): Promise<void> {
  console.log('synchronous actions (PGlite in memory, run service set-field commands)');
  const database = await openDatabase({ dataDir: 'memory://' });
  const config = loadConfig({
    GUIDEPOST_DATA_DIR: await mkdtemp(join(tmpdir(), 'guidepost-bench-')),
    APP_SECRET: 'bench-secret-bench-secret-bench-secret!',
  });
  const runtime = await Runtime.open({ config, database, log: QUIET, workers: false });
  try {
    const plain = await timeCommands(runtime, 'bench-plain');
    const acting = await timeCommands(runtime, 'bench-actions');
    const sum = (samples: number[]) => samples.reduce((s, ms) => s + ms, 0);
    const added = Math.max(sum(acting) - sum(plain), 1e-9);
    const p = (samples: number[], q: number) => fmt(quantile(samples, q), 2);
    console.log(
      `  ${fmt((2 * COMMANDS) / (added / 1000))} actions/s (time they add to the commands; ` +
        `${fmt((2 * COMMANDS) / (sum(acting) / 1000))}/s counting the whole command)`,
    );
    console.log(
      `  set-field p50/p99: ${p(plain, 0.5)}/${p(plain, 0.99)} ms without actions, ` +
        `${p(acting, 0.5)}/${p(acting, 0.99)} ms with two; p99 added ${fmt(quantile(acting, 0.99) - quantile(plain, 0.99), 2)} ms`,
    );
  } finally {
    await runtime.close();
    await database.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchActions().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
