import { pathToFileURL } from 'node:url';
import { createRunEvent } from '../src/core/events/run-events.js';
import { openDatabase, type Database } from '../src/db/client.js';
import { PersistentRunHandle, startRun } from '../src/runs/run-handle.js';
import { appendRunEvents } from '../src/db/runs.js';
import { createScratchDatabase } from '../src/db/scratch.js';
import { publish, saveDraft } from '../src/db/wizards.js';
import { fmt, quantile } from './stats.js';

/**
 * Run-event append throughput: how many single-event appends (one transaction each: insert the event,
 * update the runs row) a database takes per second, sequentially on one run, and the same through
 * `PersistentRunHandle.dispatch` (run engine + append). PGlite in memory always; PostgreSQL on a scratch
 * database of the DATABASE_URL server when it is set. Prints figures; never fails on speed.
 */

const APPENDS = 500;
const DISPATCHES = 300;

const BENCH_WIZARD = {
  id: 'bench',
  name: 'Bench',
  slug: 'bench',
  steps: [
    { id: 'only', title: 'Only', fields: [{ name: 'notes', label: 'Notes', type: 'textarea' as const }] },
  ],
};

interface Figures {
  appendsPerSecond: number;
  /** Milliseconds per append. */
  p50: number;
  p95: number;
  dispatchesPerSecond: number;
}

async function measure(database: Database): Promise<Figures> {
  const { db } = database;
  const saved = await saveDraft(db, BENCH_WIZARD);
  await publish(db, saved.id);

  const handle = await startRun(db, { wizardId: saved.id, channel: 'cli' });
  let seq = handle.lastSeq;
  const latencies: number[] = [];
  let started = performance.now();
  for (let i = 0; i < APPENDS; i++) {
    const event = createRunEvent('wizard_field_update', {
      actor: 'form',
      field: 'notes',
      value: `note ${i}`,
      cleared: [],
    });
    const t0 = performance.now();
    seq = await appendRunEvents(db, handle.runId, seq, [event]);
    latencies.push(performance.now() - t0);
  }
  const appendsPerSecond = APPENDS / ((performance.now() - started) / 1000);

  const fresh = await PersistentRunHandle.open(
    db,
    (await startRun(db, { wizardId: saved.id, channel: 'cli' })).runId,
  );
  started = performance.now();
  for (let i = 0; i < DISPATCHES; i++) {
    await fresh.dispatch({ type: 'set_field', field: 'notes', value: `note ${i}` }, { actor: 'guide' });
  }
  const dispatchesPerSecond = DISPATCHES / ((performance.now() - started) / 1000);
  return {
    appendsPerSecond,
    p50: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
    dispatchesPerSecond,
  };
}

function report(label: string, f: Figures): void {
  console.log(
    `  ${label.padEnd(9)} ${fmt(f.appendsPerSecond).padStart(6)} appends/s (p50 ${fmt(f.p50, 2)} ms, p95 ${fmt(f.p95, 2)} ms; ` +
      `${APPENDS} sequential, 1 event each)   ${fmt(f.dispatchesPerSecond).padStart(6)} dispatches/s (engine + append)`,
  );
}

/** Prints run-event appends per second on PGlite and, when DATABASE_URL is set, on PostgreSQL. */
export async function benchRunEventAppends(): Promise<void> {
  console.log('run-event appends');
  const pglite = await openDatabase({ dataDir: 'memory://' });
  try {
    report('pglite', await measure(pglite));
  } finally {
    await pglite.close();
  }

  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    console.log('  postgres  skipped: DATABASE_URL is not set');
    return;
  }
  const scratch = await createScratchDatabase(serverUrl, 'guidepost_bench');
  try {
    const postgres = await openDatabase({ databaseUrl: scratch.url, dataDir: '' });
    try {
      report('postgres', await measure(postgres));
    } finally {
      await postgres.close();
    }
  } finally {
    await scratch.drop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchRunEventAppends().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
