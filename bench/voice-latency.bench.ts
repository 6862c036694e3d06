import { initializeLogger, voice } from '@livekit/agents';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../src/config/config.js';
import { importWizard } from '../src/core/wizard/wizard-file.js';
import { openDatabase, publish, saveDraft } from '../src/db/index.js';
import { Runtime } from '../src/runtime/runtime.js';
import { startWizardCall } from '../src/voice/wizard-call.js';
import { fmt, quantile } from './stats.js';

const CONVERSATIONS = new URL('../../shared/eval/conversations/', import.meta.url);

/**
 * A fake TTS input: the session's text output, which in a call receives the agent's text exactly when the
 * TTS node does (the framework forwards each LLM text chunk to both). Records when the first text of each
 * reply arrives.
 */
class FirstTextRecorder {
  firstTextAt: number | null = null;
  async captureText(): Promise<void> {
    this.firstTextAt ??= performance.now();
  }
  flush(): void {}
  onAttached(): void {}
  onDetached(): void {}
}

/** The session's text output slot (`voice.TextOutput` is not exported: the recorder has its shape). */
type TextOutputSlot = voice.AgentSession['output']['transcription'];

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

/**
 * Voice latency, Guidepost's own overhead: for every line of the conversations of
 * ../shared/eval/conversations, the time from the final user transcript handed to the worker's
 * AgentSession (text mode, as `session.run({ userInput })` does after end of turn) to the first text the
 * session hands on for speech, with the embedded brain on an in-memory PGlite (every answer is a stored
 * run command). Excludes the STT/TTS providers and the configured end-of-turn delay. Prints p50/p99/max in ms.
 */
export async function benchVoiceLatency(): Promise<void> {
  if (!existsSync(CONVERSATIONS)) {
    console.log('voice latency: skipped (../shared/eval/conversations not found)');
    return;
  }
  initializeLogger({ pretty: false, level: 'fatal' });
  const names = readdirSync(CONVERSATIONS).filter((f) => f.endsWith('.txt'));
  const samples: number[] = [];
  // Pass 0 warms the code up; pass 1 is measured. Each pass has a database of its own: replayed on the same
  // one, every create-a-sidekick conversation would meet the sidekick its first pass made ("name taken").
  for (const pass of [0, 1]) {
    const database = await openDatabase({ dataDir: 'memory://' });
    const config = loadConfig({
      GUIDEPOST_DATA_DIR: await mkdtemp(join(tmpdir(), 'guidepost-bench-')),
      APP_SECRET: 'bench-secret-bench-secret-bench-secret',
    });
    const runtime = await Runtime.open({ config, database, log: quiet, workers: false });
    try {
      for (const name of names) {
        const turns = await converse(runtime, name);
        if (pass === 1) samples.push(...turns);
      }
    } finally {
      await runtime.close();
      await database.close();
    }
  }
  console.log(
    `voice latency (final transcript → first text for TTS, embedded brain, ${samples.length} turns of ${names.length} conversations): ` +
      `p50 ${fmt(quantile(samples, 0.5), 2)} ms, p99 ${fmt(quantile(samples, 0.99), 2)} ms, max ${fmt(Math.max(...samples), 2)} ms`,
  );
}

/** Says one conversation's lines to a voice call on a new run; returns each turn's latency in ms. */
async function converse(runtime: Runtime, name: string): Promise<number[]> {
  const expected = JSON.parse(
    readFileSync(new URL(name.replace(/\.txt$/, '.expected.json'), CONVERSATIONS), 'utf8'),
  ) as { wizard: string };
  const slug = expected.wizard.endsWith('.json')
    ? await publishFile(runtime, new URL(expected.wizard, CONVERSATIONS))
    : expected.wizard;
  const { view } = await runtime.runs.start({ slug, channel: 'chat', referenceDate: '2026-03-02' }, null);
  const call = await startWizardCall(
    { metadata: JSON.stringify({ run_id: view.run.id }), publisher: null },
    { runs: runtime.runs, log: quiet },
  );
  const recorder = new FirstTextRecorder();
  call.session.output.transcription = recorder as unknown as TextOutputSlot;
  const samples: number[] = [];
  try {
    const lines = readFileSync(new URL(name, CONVERSATIONS), 'utf8')
      .split('\n')
      .filter((l) => l.trim());
    for (const line of lines) {
      if ((await runtime.runs.view(view.run.id)).run.status !== 'active') break;
      recorder.firstTextAt = null;
      const started = performance.now();
      await call.session.run({ userInput: line }).wait();
      if (recorder.firstTextAt !== null) samples.push(recorder.firstTextAt - started);
    }
  } finally {
    await call.close();
  }
  return samples;
}

const published = new Map<string, string>();

/** Imports and publishes a wizard file once per runtime; returns its slug. */
async function publishFile(runtime: Runtime, file: URL): Promise<string> {
  const key = `${runtime.config.GUIDEPOST_DATA_DIR} ${file.href}`;
  const known = published.get(key);
  if (known) return known;
  const result = importWizard(readFileSync(file, 'utf8'));
  if (!result.ok) throw new Error(`${file.pathname} is not a valid wizard`);
  const record = await saveDraft(runtime.database.db, result.definition);
  await publish(runtime.database.db, record.id);
  published.set(key, result.definition.slug);
  return result.definition.slug;
}

if (import.meta.url === `file://${process.argv[1]}`) await benchVoiceLatency();
