import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { exportWizard } from '../../src/core/wizard/wizard-file.js';
import type { WizardDefinitionInput } from '../../src/core/wizard/definition.js';
import { listRunActionLogs } from '../../src/db/action-logs.js';
import { checkDefinition, createWizard, publishWizard } from '../../src/db/wizard-authoring.js';
import { createScratchDatabase, type ScratchDatabase } from '../../src/db/scratch.js';
import { Runtime } from '../../src/runtime/runtime.js';
import { TestApi } from '../actions/api-server.js';
import { databaseKinds } from '../db/databases.js';
import { lastJsonLine, runCli } from './cli.js';

const QUIET = { error: () => undefined, warn: () => undefined, info: () => undefined };
const SECRET = 'test-secret-test-secret-test-secret!';

/** A trip whose country loads cities from the test API, whose city is priced, and whose completion posts. */
function tripWizard(apiConfigId: string): WizardDefinitionInput {
  return {
    id: 'trip',
    name: 'Trip',
    slug: 'parity-trip',
    guide: { name: 'Ada' },
    steps: [
      {
        id: 'where',
        title: 'Where',
        fields: [
          {
            name: 'country',
            label: 'Which country?',
            type: 'single_select',
            required: true,
            options: [
              { value: 'fr', label: 'France' },
              { value: 'de', label: 'Germany' },
            ],
          },
          {
            name: 'city',
            label: 'Which city?',
            type: 'single_select',
            required: true,
            options: [{ value: 'none', label: 'Pick a country first' }],
          },
        ],
      },
    ],
    events: [
      {
        id: 'hello',
        name: 'Greet',
        trigger: 'wizard.onStart',
        actions: [{ id: 'greet', type: 'show_message', config: { text: 'Let us plan your trip.' } }],
      },
      {
        id: 'cities',
        name: 'Load the cities',
        trigger: 'option.onSelect',
        target: { kind: 'option', field: 'country', value: 'fr' },
        actions: [
          {
            id: 'fetch',
            type: 'api_call',
            loading_message: 'Finding cities…',
            config: {
              api_config_id: apiConfigId,
              path: '/cities',
              query: { country: '{{ values.country }}' },
              body: 'none',
            },
            output_handling: {
              into: 'option_set',
              field: 'city',
              path: 'cities',
              label_path: 'name',
              value_path: 'code',
            },
          },
        ],
      },
      {
        id: 'price',
        name: 'Price the trip',
        trigger: 'optionSet.onChange',
        target: { kind: 'option_set', field: 'city' },
        actions: [
          {
            id: 'compute',
            type: 'transform_data',
            config: { language: 'jmespath', expression: '[{city: values.city, price: `240`}]' },
            output_handling: { into: 'renderer', renderer: 'table', title: 'Your price' },
          },
        ],
      },
      {
        id: 'send',
        name: 'Send the trip',
        trigger: 'wizard.onComplete',
        actions: [
          {
            id: 'post',
            type: 'api_call',
            input_mapping: { country: '{{ values.country }}', city: '{{ values.city }}' },
            config: { api_config_id: apiConfigId, method: 'POST', path: '/echo/trip' },
          },
        ],
      },
    ],
  };
}

/** The requests an action made, in order, as comparable text. */
function calls(api: TestApi, from: number): string[] {
  return api.seen.slice(from).map((r) => `${r.method} ${r.url.pathname}${r.url.search} ${r.body}`);
}

for (const kind of databaseKinds()) {
  describe(`a wizard with events, exported and run by the CLI, does what the form did [${kind}]`, () => {
    const api = new TestApi();
    let scratch: ScratchDatabase | undefined;
    let env: Record<string, string>;

    beforeAll(async () => {
      await api.start();
      if (kind === 'postgres') scratch = await createScratchDatabase(process.env.DATABASE_URL!);
      env = {
        GUIDEPOST_DATA_DIR: await mkdtemp(join(tmpdir(), 'guidepost-parity-')),
        APP_SECRET: SECRET,
        GUIDEPOST_ACTIONS_ALLOW_PRIVATE: 'true',
        GUIDEPOST_BRAIN: 'embedded',
        ...(scratch ? { DATABASE_URL: scratch.url } : {}),
      };
    });
    afterAll(async () => {
      await api.stop();
      await scratch?.drop();
    });

    it('same values, same actions, same calls', async () => {
      const runtime = await Runtime.open({ config: loadConfig(env), log: QUIET });
      let file: string;
      let form: { values: Record<string, unknown>; actions: string[]; calls: string[] };
      try {
        await runtime.start();
        const config = await runtime.apiConfigs.create('default', {
          name: 'Test API',
          baseUrl: api.origin,
          authType: 'none',
        });
        const wizard = await createWizard(
          runtime.database.db,
          'default',
          checkDefinition(tripWizard(config.id)),
        );
        await publishWizard(runtime.database.db, 'default', wizard.id);
        const seen = api.seen.length;
        const { view } = await runtime.runs.start({ wizardId: wizard.id, channel: 'form' }, null);
        const runId = view.run.id;
        await runtime.runs.setValues(runId, { country: 'fr' });
        await runtime.runs.setValues(runId, { city: 'lyo' });
        await runtime.runs.navigate(runId, 'next');
        const done = await runtime.runs.complete(runId);
        const logs = await listRunActionLogs(runtime.database.db, 'default', runId);
        form = {
          values: done.snapshot.values,
          actions: logs.map((l) => `${l.eventId}.${l.actionId} ${l.status}`).sort(),
          calls: calls(api, seen),
        };
        expect(form.values).toEqual({ country: 'fr', city: 'lyo' });
        expect(form.actions).toEqual([
          'cities.fetch succeeded',
          'hello.greet succeeded',
          'price.compute succeeded',
          'send.post succeeded',
        ]);
        file = join(env.GUIDEPOST_DATA_DIR!, 'trip.json');
        await writeFile(file, exportWizard(done.definition));
      } finally {
        await runtime.close();
      }

      const transcript = join(env.GUIDEPOST_DATA_DIR!, 'trip.txt');
      await writeFile(transcript, ['France', 'Lyon', 'yes'].join('\n'));
      const seen = api.seen.length;
      const cli = await runCli(['run', file, '--transcript', transcript, '--json'], env);
      expect(cli.code, cli.stderr).toBe(0);
      const result = lastJsonLine(cli.stdout);
      expect(result).toMatchObject({ status: 'completed', values: form.values });
      // The guide said the message and the table's text form.
      expect(cli.stdout).toContain('Let us plan your trip.');
      expect(cli.stdout).toContain('Your price: 1 row. City lyo, price 240.');
      expect(calls(api, seen)).toEqual(form.calls);

      const again = await Runtime.open({ config: loadConfig(env), log: QUIET, workers: false });
      try {
        const logs = await listRunActionLogs(again.database.db, 'default', String(result.run_id));
        expect(logs.map((l) => `${l.eventId}.${l.actionId} ${l.status}`).sort()).toEqual(form.actions);
      } finally {
        await again.close();
      }
    }, 120_000);
  });
}
