import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { RunEvent } from '../../src/core/events/run-events.js';
import { loadConfig } from '../../src/config/config.js';
import { listRunActionLogs } from '../../src/db/action-logs.js';
import { loadRunEvents } from '../../src/db/runs.js';
import { checkDefinition, createWizard, publishWizard } from '../../src/db/wizard-authoring.js';
import { Runtime } from '../../src/runtime/runtime.js';
import { describeEachDatabase } from '../db/databases.js';

const QUIET = { error: () => undefined, warn: () => undefined, info: () => undefined };

/** A wizard whose choice of city prices the trip in an async script, shown in a table. */
const pricing = {
  id: 'pricing',
  name: 'Pricing',
  slug: 'pricing',
  steps: [
    {
      id: 'trip',
      title: 'Trip',
      fields: [
        {
          name: 'city',
          label: 'City',
          type: 'single_select',
          options: [
            { value: 'lyon', label: 'Lyon' },
            { value: 'nice', label: 'Nice' },
          ],
        },
      ],
    },
  ],
  events: [
    {
      id: 'price',
      name: 'Price the trip',
      trigger: 'optionSet.onChange',
      target: { kind: 'option_set', field: 'city' },
      actions: [
        {
          id: 'compute',
          type: 'custom_script',
          is_async: true,
          loading_message: 'Pricing your trip…',
          input_mapping: { city: '{{ values.city }}' },
          config: { code: 'return [{ city: input.city, price: 240 }];' },
          output_handling: { into: 'renderer', renderer: 'table', title: 'Your price' },
        },
      ],
    },
  ],
};

/** Waits until the run's log holds an event `until` accepts (the job runs in the background). */
async function waitFor(
  read: () => Promise<RunEvent[]>,
  until: (e: RunEvent) => boolean,
): Promise<RunEvent[]> {
  for (let i = 0; i < 300; i++) {
    const events = await read();
    if (events.some(until)) return events;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the async action never reported back');
}

describeEachDatabase('asynchronous actions on the durable queue', (ctx) => {
  it('queue a job with the started event; a job left by a stopped process is run by the next one', async () => {
    const config = loadConfig({
      GUIDEPOST_DATA_DIR: await mkdtemp(join(tmpdir(), 'guidepost-async-')),
      APP_SECRET: 'test-secret-test-secret-test-secret!',
      GUIDEPOST_QUEUE_POLL_SECONDS: '0.5',
    });
    // The first process takes the command but runs no workers, then stops: the job must outlive it.
    const first = await Runtime.open({ config, database: ctx.database, log: QUIET, workers: false });
    await first.start();
    const wizard = await createWizard(ctx.db, 'default', checkDefinition(pricing), 'suffix');
    await publishWizard(ctx.db, 'default', wizard.id);
    const { view } = await first.runs.start({ wizardId: wizard.id, channel: 'form' }, null);
    const runId = view.run.id;
    const events = async () => (await loadRunEvents(ctx.db, runId)).map((s) => s.event);
    await first.runs.setValues(runId, { city: 'lyon' });

    const queued = await events();
    const started = queued.find((e) => e.type === 'action_started');
    expect(started).toMatchObject({
      type: 'action_started',
      event_id: 'price',
      action_id: 'compute',
      loading_message: 'Pricing your trip…',
      async: true,
    });
    expect(queued.some((e) => e.type === 'renderer_output')).toBe(false);
    expect((await first.runs.view(runId)).snapshot.status).toBe('active');
    await first.close();

    const second = await Runtime.open({ config, database: ctx.database, log: QUIET });
    await second.start();
    try {
      const done = await waitFor(events, (e) => e.type === 'action_finished');
      const id = started?.type === 'action_started' ? started.id : '';
      expect(done).toContainEqual(
        expect.objectContaining({ type: 'action_finished', id, action_id: 'compute' }),
      );
      expect(done).toContainEqual(
        expect.objectContaining({
          type: 'renderer_output',
          id: 'price.compute',
          title: 'Your price',
          data: {
            columns: [
              { key: 'city', label: 'City' },
              { key: 'price', label: 'Price' },
            ],
            rows: [{ city: 'lyon', price: 240 }],
          },
        }),
      );
      const handle = await second.runs.view(runId);
      expect(handle.snapshot.status).toBe('active');
      const logs = await listRunActionLogs(ctx.db, 'default', runId);
      expect(logs.map((l) => [l.actionId, l.status])).toEqual([['compute', 'succeeded']]);

      // The job is done: a retried copy of it (as after a crash before it completed) changes nothing.
      const before = (await events()).length;
      await second.queue.send('async-action', {
        runId,
        startedId: id,
        eventId: 'price',
        actionId: 'compute',
        payload: {},
        results: {},
        depth: 1,
      });
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(await events()).toHaveLength(before);
    } finally {
      await second.close();
    }
  }, 60_000);
});
