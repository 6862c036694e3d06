import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline/promises';
import type { BrainKind } from '../../core/wizard/definition.js';
import { importWizard } from '../../core/wizard/wizard-file.js';
import { appendTranscript, publish, saveDraft, startRun, type Db } from '../../db/index.js';
import { createBrain } from '../../guide/brains.js';
import { GuideSession } from '../../guide/session.js';
import type { GuideTurn } from '../../guide/types.js';
import type { Config } from '../../config/config.js';
import { withCliContext } from '../context.js';

/** Options of `guidepost run`. */
export interface RunOptions {
  transcript?: string;
  json?: boolean;
  brain?: BrainKind;
  referenceDate?: string;
}

/**
 * `guidepost run <slug|file.json>`: starts a run (stored in the database like any other, channel `cli`) and
 * talks with its guide: interactively through readline, or replaying `--transcript` lines. Ends when the run
 * completes or input ends (the run then stays in progress). With `--json`, the last line of stdout is
 * `{"run_id","status","values"}`.
 */
export async function runCommand(wizard: string, options: RunOptions): Promise<void> {
  if (options.referenceDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.referenceDate))
    throw new Error(`--reference-date must be YYYY-MM-DD, got "${options.referenceDate}"`);
  const lines = options.transcript ? await readTranscript(options.transcript) : undefined;
  await withCliContext(async ({ config, database }) => {
    const slug = wizard.endsWith('.json') ? await importAndPublish(database.db, wizard) : wizard;
    const run = await startRun(database.db, { slug, channel: 'cli', referenceDate: options.referenceDate });
    const brain = createBrain({
      kind: chooseBrain(options.brain, config, run.definition.settings.brain),
      llm: config.llm,
      defaultRegion: config.GUIDEPOST_DEFAULT_REGION,
    });
    const session = new GuideSession({ run, brain });
    const guideName = run.definition.guide.name;
    const record = async (turn: GuideTurn) => {
      await appendTranscript(
        database.db,
        run.runId,
        turn.transcript.map((e) => ({ role: e.role, text: e.text, at: new Date(e.at) })),
      );
      console.log(`${guideName}: ${turn.reply}`);
    };
    const interactive = !lines && process.stdin.isTTY;
    console.error(
      `run ${run.runId} of "${run.definition.name}" (${brain.kind} guide; Ctrl+D to stop, the run is kept)`,
    );
    await record(await session.greet());
    const active = () => run.state().status === 'active';
    if (lines) {
      for (const line of lines) {
        if (!active()) break;
        console.log(`You: ${line}`);
        await record(await session.send(line));
      }
    } else {
      const rl = createInterface({
        input: process.stdin,
        output: process.stdout,
        terminal: interactive,
      });
      rl.setPrompt('You: ');
      if (interactive) rl.prompt();
      try {
        for await (const line of rl) {
          if (line.trim() !== '') await record(await session.send(line.trim()));
          if (!active()) break;
          if (interactive) rl.prompt();
        }
      } finally {
        rl.close();
      }
    }
    const state = run.state();
    if (state.status === 'active') console.error(`the run is still in progress: ${run.runId}`);
    if (options.json)
      console.log(JSON.stringify({ run_id: run.runId, status: state.status, values: state.values }));
  });
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

/** --brain wins; then GUIDEPOST_BRAIN when set; then the wizard's own setting, if an LLM is configured. */
function chooseBrain(flag: BrainKind | undefined, config: Config, wizardBrain: BrainKind): BrainKind {
  if (flag) return flag;
  if (process.env.GUIDEPOST_BRAIN) return config.GUIDEPOST_BRAIN;
  if (wizardBrain !== 'embedded' && !config.llm) {
    console.error(
      `this wizard prefers the ${wizardBrain} guide, but no LLM is configured: using the embedded guide`,
    );
    return 'embedded';
  }
  return wizardBrain;
}
