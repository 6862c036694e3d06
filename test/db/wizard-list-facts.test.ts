import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { createRun } from '../../src/db/runs.js';
import { runs } from '../../src/db/schema.js';
import { publish, saveDraft, wizardListFacts } from '../../src/db/wizards.js';
import { describeEachDatabase } from './databases.js';
import { leadWizard } from './fixtures.js';

describeEachDatabase('wizard list facts', (ctx) => {
  async function published(slug: string, tenant: string) {
    const saved = await saveDraft(
      ctx.db,
      leadWizard({ slug, description: `About ${slug}`, guide: { name: 'Sam', personality: 'warm' } }),
      { tenant },
    );
    await publish(ctx.db, saved.id);
    return saved.id;
  }

  async function addRuns(wizardId: string, tenant: string, statuses: Array<'active' | 'completed'>) {
    for (const status of statuses) {
      const id = await createRun(ctx.db, { wizardId, version: 1, channel: 'form', tenant });
      await ctx.db.update(runs).set({ status }).where(eq(runs.id, id));
    }
  }

  it('counts steps, the guide, runs and completed runs of each wizard in one query', async () => {
    const busy = await published('busy', 'acme');
    const idle = await published('idle', 'acme');
    const draft = await saveDraft(
      ctx.db,
      leadWizard({ slug: 'draft-only', steps: leadWizard().steps.slice(0, 1) }),
      {
        tenant: 'acme',
      },
    );
    await addRuns(busy, 'acme', ['completed', 'active', 'completed']);

    const facts = await wizardListFacts(ctx.db, 'acme', [busy, idle, draft.id]);
    expect(facts.get(busy)).toEqual({
      description: 'About busy',
      stepCount: 2,
      guideName: 'Sam',
      runs: 3,
      completedRuns: 2,
    });
    expect(facts.get(idle)).toMatchObject({ runs: 0, completedRuns: 0, stepCount: 2 });
    expect(facts.get(draft.id)).toMatchObject({ stepCount: 1, guideName: 'Guide', description: '', runs: 0 });
  });

  it('stays in the tenant: another tenant’s wizard is absent and its runs are not counted', async () => {
    const mine = await published('scoped', 'tenant-a');
    const theirs = await published('scoped', 'tenant-b');
    await addRuns(mine, 'tenant-a', ['completed']);
    await addRuns(theirs, 'tenant-b', ['active', 'active']);
    // A run recorded under another tenant for tenant-a's wizard (not a real flow) must not count either.
    await addRuns(mine, 'tenant-b', ['active']);

    const facts = await wizardListFacts(ctx.db, 'tenant-a', [mine, theirs, 'not-a-uuid']);
    expect([...facts.keys()]).toEqual([mine]);
    expect(facts.get(mine)).toMatchObject({ runs: 1, completedRuns: 1 });
    expect((await wizardListFacts(ctx.db, 'tenant-a', [])).size).toBe(0);
  });
});
