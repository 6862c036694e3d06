import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachApp } from './app.js';
import { waitFor } from './webhooks-helpers.js';

describeEachApp(
  'job queue',
  (ctx) => {
    it('runs a sent job once, and a second send with the same id is a no-op', async () => {
      const seen: string[] = [];
      await ctx.app.queue.work<{ n: number }>('test-echo', async (job) => {
        seen.push(`${job.id}:${job.data.n}`);
      });
      const id = randomUUID();
      expect(await ctx.app.queue.send('test-echo', { n: 1 }, { id })).toBe(id);
      expect(await ctx.app.queue.send('test-echo', { n: 2 }, { id })).toBeNull();
      await waitFor(() => seen.length === 1, 5000, 'the job to run');
      await waitFor(async () => (await ctx.app.queue.getJob('test-echo', id))?.state === 'completed', 5000);
      expect(seen).toEqual([`${id}:1`]);
    });

    it('writes a job sent in a transaction when it commits, and not when it rolls back', async () => {
      const seen: number[] = [];
      await ctx.app.queue.work<{ n: number }>('test-tx', async (job) => {
        seen.push(job.data.n);
      });
      const committed = randomUUID();
      const rolledBack = randomUUID();
      await ctx.db.transaction(async (tx) => {
        await ctx.app.queue.send('test-tx', { n: 1 }, { id: committed, tx });
        // On PGlite the queue's pollers wait for this transaction: they must not deadlock it.
        await tx.execute(sql`select pg_sleep(0.6)`);
      });
      await expect(
        ctx.db.transaction(async (tx) => {
          await ctx.app.queue.send('test-tx', { n: 2 }, { id: rolledBack, tx });
          throw new Error('roll back');
        }),
      ).rejects.toThrow('roll back');
      await waitFor(() => seen.length === 1, 5000, 'the committed job');
      expect(await ctx.app.queue.getJob('test-tx', rolledBack)).toBeNull();
      expect(seen).toEqual([1]);
    });

    it('refuses a transactional send to a queue that does not exist yet (it would wait for itself on PGlite)', async () => {
      await expect(
        ctx.db.transaction((tx) => ctx.app.queue.send('test-never-created', { n: 1 }, { tx })),
      ).rejects.toThrow(/create the queue/);
    });

    it('retries a job whose handler throws, after its retry delay', async () => {
      let calls = 0;
      await ctx.app.queue.createQueue('test-retry', { retryLimit: 1, retryDelay: 1 });
      await ctx.app.queue.work('test-retry', async () => {
        calls++;
        if (calls === 1) throw new Error('first time fails');
      });
      const id = await ctx.app.queue.send('test-retry', {});
      await waitFor(async () => (await ctx.app.queue.getJob('test-retry', id!))?.state === 'completed', 8000);
      expect(calls).toBe(2);
    });
  },
  { GUIDEPOST_QUEUE_POLL_SECONDS: '0.5' },
);
