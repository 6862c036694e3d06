import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline/promises';
import type { BrainKind } from '../../core/wizard/definition.js';
import { importWizard } from '../../core/wizard/wizard-file.js';
import { DEFAULT_TENANT, publish, saveDraft, type Db } from '../../db/index.js';
import type { GuideTurn } from '../../guide/types.js';
import type { Config } from '../../config/config.js';
import type { Runtime } from '../../runtime/runtime.js';
import { withRuntime } from '../context.js';

/** Options of `guidepost run`. */
export interface RunOptions {
  transcript?: string;
  json?: boolean;
  brain?: BrainKind;
  referenceDate?: string;
}

/**
 * `guidepost run <slug|file.json>`: starts a run through the run service (stored in the database like any
 * other, channel `cli`, in the default tenant) and talks with its guide: interactively through readline, or
 * replaying `--transcript` lines. Every change goes through the process's RunEffects, so the run's webhooks
 * are delivered and a server on the same database shows it live. Ends when the run completes or input ends
 * (the run then stays in progress); before exiting it waits (up to 10 s) for the first attempt of the run's
 * webhook deliveries. With `--json`, the last line of stdout is `{"run_id","status","values"}`.
 */
export async function runCommand(wizard: string, options: RunOptions): Promise<void> {
  if (options.referenceDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.referenceDate))
    throw new Error(`--reference-date must be YYYY-MM-DD, got "${options.referenceDate}"`);
  const lines = options.transcript ? await readTranscript(options.transcript) : undefined;
  await withRuntime(async (runtime) => {
    const { config, database } = runtime;
    const slug = wizard.endsWith('.json') ? await importAndPublish(database.db, wizard) : wizard;
    const brain = chooseBrain(options.brain, config);
    const started = await runtime.runs.start(
      { slug, channel: 'cli', referenceDate: options.referenceDate, brain },
      { tenantId: DEFAULT_TENANT },
    );
    const { definition } = started.view;
    const runId = started.view.run.id;
    const kind = runtime.runs.brainFor(definition, brain);
    if (definition.settings.brain !== 'embedded' && kind === 'embedded')
      console.error(
        `this wizard prefers the ${definition.settings.brain} guide, but no LLM is configured: using the embedded guide`,
      );
    console.error(`run ${runId} of "${definition.name}" (${kind} guide; Ctrl+D to stop, the run is kept)`);
    const say = (turn: GuideTurn) => console.log(`${definition.guide.name}: ${turn.reply}`);
    if (started.greeting) say(started.greeting);
    const active = async () => (await runtime.runs.view(runId)).snapshot.status === 'active';
    const send = async (line: string) => say(await runtime.runs.sendMessage(runId, line, brain));
    if (lines) {
      for (const line of lines) {
        if (!(await active())) break;
        console.log(`You: ${line}`);
        await send(line);
      }
    } else await converse(send, active);
    const { snapshot } = await runtime.runs.view(runId);
    if (snapshot.status === 'active') console.error(`the run is still in progress: ${runId}`);
    await reportDeliveries(runtime, runId);
    if (options.json)
      console.log(JSON.stringify({ run_id: runId, status: snapshot.status, values: snapshot.values }));
  });
}

/** Reads the user's lines from the terminal (or piped stdin) until the run ends or input ends. */
async function converse(send: (line: string) => Promise<void>, active: () => Promise<boolean>) {
  const interactive = process.stdin.isTTY;
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: interactive });
  rl.setPrompt('You: ');
  if (interactive) rl.prompt();
  try {
    for await (const line of rl) {
      if (line.trim() !== '') await send(line.trim());
      if (!(await active())) break;
      if (interactive) rl.prompt();
    }
  } finally {
    rl.close();
  }
}

/** Waits for the first attempt of the run's webhook deliveries and says how they went (stderr). */
async function reportDeliveries(runtime: Runtime, runId: string): Promise<void> {
  const progress = await runtime.webhooks.settleRun(runId);
  if (progress.total === 0) return;
  const parts = [
    `${progress.succeeded} delivered`,
    ...(progress.failed > 0 ? [`${progress.failed} failed`] : []),
    ...(progress.retrying + progress.unattempted > 0
      ? [`${progress.retrying + progress.unattempted} to be retried by a running server`]
      : []),
  ];
  console.error(`webhooks: ${parts.join(', ')}`);
}

async function readTranscript(file: string): Promise<string[]> {
  const text = await readFile(file, 'utf8');
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** Imports a wizard file into the database (replacing the draft of its slug) and publishes it; returns the slug. */
async function importAndPublish(db: Db, file: string): Promise<string> {
  const result = importWizard(await readFile(file, 'utf8'));
  if (!result.ok)
    throw new Error(
      `${file} is not a valid wizard:\n${result.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`,
    );
  const record = await saveDraft(db, result.definition);
  await publish(db, record.id);
  return result.definition.slug;
}

/** --brain wins; then GUIDEPOST_BRAIN when set in the environment; else the run service's choice. */
function chooseBrain(flag: BrainKind | undefined, config: Config): BrainKind | undefined {
  if (flag) return flag;
  return process.env.GUIDEPOST_BRAIN ? config.GUIDEPOST_BRAIN : undefined;
}
