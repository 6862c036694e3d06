import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRunEvent } from '../../src/core/events/run-events.js';
import { WizardDefinitionBaseSchema } from '../../src/core/wizard/definition.js';
import { replayRunEvents } from '../../src/core/wizard/run-fold.js';
import { MemoryRunHandle } from '../../src/core/wizard/run-handle.js';
import { openDatabase } from '../../src/db/client.js';
import { ConcurrencyError, NotFoundError } from '../../src/db/errors.js';
import { PersistentRunHandle, startRun } from '../../src/runs/run-handle.js';
import {
  appendRunEvents,
  appendTranscript,
  createRun,
  getRun,
  loadRunEvents,
  loadTranscript,
} from '../../src/db/runs.js';
import { publish, saveDraft } from '../../src/db/wizards.js';
import { describeEachDatabase } from './databases.js';
import { LEAD_COMMANDS, leadWizard } from './fixtures.js';

const NOW = new Date('2026-03-02T10:00:00Z');
const ctxOf = (i: number) => ({ actor: 'form' as const, now: new Date(NOW.getTime() + i * 1000) });

describeEachDatabase('run repository', (ctx) => {
  async function publishedWizard(slug: string) {
    const saved = await saveDraft(ctx.db, leadWizard({ slug }));
    await publish(ctx.db, saved.id);
    return saved;
  }

  it('a run pinned to v1 keeps v1 after v2 is published', async () => {
    const saved = await publishedWizard('pinned');
    const handle = await startRun(ctx.db, { slug: 'pinned', channel: 'form', now: NOW });
    await saveDraft(ctx.db, { ...saved.draft, name: 'Second edition' });
    expect(await publish(ctx.db, saved.id)).toBe(2);

    const reopened = await PersistentRunHandle.open(ctx.db, handle.runId);
    expect(reopened.definition.name).toBe('Lead capture');
    expect(reopened.state()).toMatchObject({ wizard_id: saved.id, wizard_version: 1 });
    const later = await startRun(ctx.db, { wizardId: saved.id, channel: 'chat' });
    expect(later.state().wizard_version).toBe(2);
    expect(later.definition.name).toBe('Second edition');
  });

  it('stores events so that replaying them equals the in-memory run', async () => {
    const saved = await publishedWizard('parity');
    const handle = await startRun(ctx.db, {
      slug: 'parity',
      channel: 'form',
      actor: 'form',
      now: NOW,
      referenceDate: '2026-03-02',
    });
    const definition = WizardDefinitionBaseSchema.parse({
      ...leadWizard({ slug: 'parity' }),
      id: saved.id,
      status: 'published',
    });
    const memory = new MemoryRunHandle('memory', definition);
    await memory.dispatch(
      { type: 'start', wizard_version: 1, reference_date: '2026-03-02' },
      { actor: 'form', now: NOW },
    );

    for (const [i, command] of LEAD_COMMANDS.entries()) {
      const [a, b] = [
        await handle.dispatch(command, ctxOf(i + 1)),
        await memory.dispatch(command, ctxOf(i + 1)),
      ];
      expect(a.problems).toEqual(b.problems);
    }
    expect(handle.state()).toEqual(memory.state());
    expect(handle.state().status).toBe('completed');
    expect(await handle.events()).toEqual(await memory.events());

    const reopened = await PersistentRunHandle.open(ctx.db, handle.runId);
    expect(reopened.state()).toEqual(memory.state());
    expect(reopened.lastSeq).toBe((await memory.events()).length);

    const row = await getRun(ctx.db, handle.runId);
    expect(row).toMatchObject({
      status: 'completed',
      currentStepId: '__review__',
      channel: 'form',
      lastSeq: reopened.lastSeq,
    });
    expect(row!.values).toEqual(memory.state().values);
    expect(row!.completedAt).toBeInstanceOf(Date);
    // The row the last append's statement returned is the row as read back, field by field and by type.
    expect(handle.record).toEqual(row);
    expect((await loadRunEvents(ctx.db, handle.runId, 3)).map((e) => e.seq)[0]).toBe(4);
  });

  it('a concurrent append at the same seq gives ConcurrencyError, and a handle retries once', async () => {
    const saved = await publishedWizard('concurrent');
    const a = await startRun(ctx.db, { wizardId: saved.id, channel: 'form' });
    const b = await PersistentRunHandle.open(ctx.db, a.runId);
    const set = (value: string) => ({ type: 'set_field' as const, field: 'full_name', value });

    const events = (await a.dispatch(set('Ada'), { actor: 'form' })).events;
    await expect(appendRunEvents(ctx.db, a.runId, 1, events)).rejects.toSatisfy(ConcurrencyError.isInstance);
    const racing = await Promise.allSettled([1, 1].map(() => appendRunEvents(ctx.db, a.runId, 2, events)));
    expect(racing.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(ConcurrencyError.isInstance(racing.find((r) => r.status === 'rejected')!.reason)).toBe(true);

    // b is stale (seq 1); its dispatch clashes, reloads and succeeds on the fresh state.
    await b.dispatch(set('Grace'), { actor: 'guide' });
    expect(b.lastSeq).toBe(4);
    const replayed = replayRunEvents(b.definition, await b.events());
    expect(replayed.values.full_name).toBe('Grace');
    expect(b.state()).toEqual(replayed);
  });

  it('dispatches on one handle are serialised', async () => {
    const saved = await publishedWizard('serialised');
    const handle = await startRun(ctx.db, { wizardId: saved.id, channel: 'voice' });
    await Promise.all(
      ['a', 'b', 'c', 'd'].map((v) =>
        handle.dispatch({ type: 'set_field', field: 'notes', value: v }, { actor: 'guide' }),
      ),
    );
    expect((await handle.events()).length).toBe(5);
    expect(handle.state().values.notes).toBe('d');
  });

  it('refuses unknown runs and versions', async () => {
    const saved = await publishedWizard('unknown');
    await expect(createRun(ctx.db, { wizardId: saved.id, version: 7, channel: 'cli' })).rejects.toSatisfy(
      NotFoundError.isInstance,
    );
    await expect(PersistentRunHandle.open(ctx.db, '00000000-0000-4000-8000-000000000000')).rejects.toSatisfy(
      NotFoundError.isInstance,
    );
    await expect(startRun(ctx.db, { slug: 'nope', channel: 'cli' })).rejects.toSatisfy(
      NotFoundError.isInstance,
    );
    const event = createRunEvent('wizard_abandon', { actor: 'system' });
    await expect(
      appendRunEvents(ctx.db, '00000000-0000-4000-8000-000000000000', 0, [event]),
    ).rejects.toSatisfy(NotFoundError.isInstance);
    const draftOnly = await saveDraft(ctx.db, leadWizard({ slug: 'draft-only' }));
    await expect(startRun(ctx.db, { wizardId: draftOnly.id, channel: 'cli' })).rejects.toSatisfy(
      NotFoundError.isInstance,
    );
  });

  it('appends and loads the transcript in order', async () => {
    const saved = await publishedWizard('transcript');
    const runId = await createRun(ctx.db, {
      wizardId: saved.id,
      version: 1,
      channel: 'chat',
      visitorId: 'v1',
    });
    expect(
      await appendTranscript(ctx.db, runId, [{ role: 'agent', text: 'Hi! What is your name?' }]),
    ).toEqual([1]);
    const both = await Promise.all([
      appendTranscript(ctx.db, runId, [{ role: 'user', text: 'Ada' }]),
      appendTranscript(ctx.db, runId, [{ role: 'agent', text: 'Thanks, Ada.' }]),
    ]);
    expect(both.flat().sort()).toEqual([2, 3]);
    const entries = await loadTranscript(ctx.db, runId);
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(entries[0]).toMatchObject({ role: 'agent', text: 'Hi! What is your name?' });
    expect((await loadTranscript(ctx.db, runId, 2)).map((e) => e.seq)).toEqual([3]);
  });
});

describe('PGlite persistence', () => {
  it('keeps a run after the data directory is closed and reopened', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'guidepost-pglite-'));
    try {
      let database = await openDatabase({ dataDir });
      const saved = await saveDraft(database.db, leadWizard());
      await publish(database.db, saved.id);
      const handle = await startRun(database.db, { slug: 'lead-capture', channel: 'cli' });
      await handle.dispatch(
        { type: 'set_field', field: 'full_name', value: 'Ada Lovelace' },
        { actor: 'form' },
      );
      const state = handle.state();
      await database.close();

      database = await openDatabase({ dataDir });
      const reopened = await PersistentRunHandle.open(database.db, handle.runId);
      expect(reopened.state()).toEqual(state);
      await database.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
