import { createRequire } from 'node:module';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { WizardDefinitionInput } from '../../src/core/wizard/definition.js';
import { describeEachApp } from '../server/app.js';
import { signUp, type TestAccount } from '../server/auth-helpers.js';
import { TestApi } from './api-server.js';

/** A trip wizard whose events fetch cities, compute a price, greet, set fields, and loop (on purpose). */
function tripWizard(apiConfigId: string): WizardDefinitionInput {
  return {
    id: 'trip',
    name: 'Trip',
    slug: 'trip',
    steps: [
      {
        id: 'where',
        title: 'Where',
        fields: [
          {
            name: 'country',
            label: 'Country',
            type: 'single_select',
            options: [
              { value: 'fr', label: 'France' },
              { value: 'de', label: 'Germany' },
            ],
          },
          {
            name: 'city',
            label: 'City',
            type: 'single_select',
            options: [{ value: 'none', label: 'Pick a country' }],
          },
          { name: 'nights', label: 'Nights', type: 'number' },
          { name: 'note', label: 'Note', type: 'text' },
          { name: 'echo', label: 'Echo', type: 'text' },
        ],
      },
      { id: 'done', title: 'Done', fields: [{ name: 'ok', label: 'OK', type: 'boolean' }] },
    ],
    events: [
      {
        id: 'hello',
        name: 'Say hello',
        trigger: 'wizard.onStart',
        actions: [
          {
            id: 'greet',
            type: 'show_message',
            config: { text: 'Welcome to {{ run.id | size }}-character trips' },
          },
        ],
      },
      {
        id: 'cities',
        name: 'Load the cities of the country',
        trigger: 'option.onSelect',
        target: { kind: 'option', field: 'country', value: 'fr' },
        actions: [
          {
            id: 'fetch',
            type: 'api_call',
            config: {
              api_config_id: apiConfigId,
              path: '/cities',
              query: { country: '{{ values.country }}' },
              headers: { 'X-Trip-Country': '{{ values.country | upcase }}', 'X-Client': 'trip-wizard' },
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
          {
            id: 'count',
            type: 'transform_data',
            execution_order: 1,
            config: { language: 'jmespath', expression: 'length(results.fetch.cities)' },
            output_handling: { into: 'context', key: 'city_count' },
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
            type: 'custom_script',
            input_mapping: { city: '{{ values.city }}', nights: '{{ values.nights | default: 1 }}' },
            config: { code: 'return [{ item: input.city, price: input.nights * 120 }];' },
            output_handling: { into: 'renderer', renderer: 'table', title: 'Your price' },
          },
          {
            id: 'remember',
            type: 'set_field_value',
            execution_order: 1,
            config: { field: 'note', value: 'chose {{ values.city }} of {{ context.city_count }}' },
          },
        ],
      },
      {
        id: 'nights_changed',
        name: 'Say the nights (an event on a number field)',
        trigger: 'optionSet.onChange',
        target: { kind: 'option_set', field: 'nights' },
        actions: [{ id: 'say_nights', type: 'show_message', config: { text: '{{ values.nights }} nights' } }],
      },
      {
        id: 'echo_loop',
        name: 'Echo changes (a loop)',
        trigger: 'optionSet.onChange',
        target: { kind: 'option_set', field: 'country' },
        conditions: { '==': [{ var: 'echo' }, 'loop'] },
        actions: [
          {
            id: 'flip',
            type: 'set_field_value',
            config: { field: 'country', value: '{% if values.country == "de" %}fr{% else %}de{% endif %}' },
          },
        ],
      },
      {
        id: 'ask_agent',
        name: 'Ask an MCP tool',
        trigger: 'step.onEntry',
        target: { kind: 'step', step_id: 'done' },
        actions: [
          {
            id: 'echo_trip',
            type: 'mcp_call',
            input_mapping: { message: 'trip to {{ values.city }}' },
            config: { mcp_config_id: 'everything', tool: 'echo' },
            output_handling: { into: 'renderer', renderer: 'card_grid', title: 'From the agent' },
          },
        ],
      },
      {
        id: 'flaky',
        name: 'A flaky API',
        trigger: 'step.onExit',
        target: { kind: 'step', step_id: 'where' },
        actions: [
          {
            id: 'retry',
            type: 'api_call',
            config: { api_config_id: apiConfigId, path: '/flaky', body: 'none' },
            on_error: { strategy: 'retry', retry_count: 2, backoff_ms: 10 },
          },
          {
            id: 'broken',
            type: 'custom_script',
            execution_order: 1,
            config: { code: 'while (true) {}', timeout_ms: 50 },
            on_error: { strategy: 'continue' },
          },
          { id: 'after', type: 'show_message', execution_order: 2, config: { text: 'still here' } },
        ],
      },
    ],
  };
}

describeEachApp(
  'the action reactor',
  (ctx) => {
    const api = new TestApi();
    let admin: TestAccount;
    let runId: string;
    let token: string;
    const call = (
      method: 'GET' | 'POST' | 'PATCH',
      url: string,
      payload?: object,
      headers?: Record<string, string>,
    ) => ctx.app.inject({ method, url, headers: headers ?? admin.headers, ...(payload ? { payload } : {}) });
    const events = async () =>
      (await call('GET', `/api/v1/runs/${runId}/events`))
        .json()
        .events.map((e: { event: { type: string } }) => e.event);

    beforeAll(async () => {
      await api.start();
      admin = await signUp(ctx.app, 'root@example.com');
      const config = await call('POST', '/api/v1/api-configs', { name: 'Test API', base_url: api.origin });
      expect(config.statusCode, config.body).toBe(201);
      const wizard = await call('POST', '/api/v1/wizards', tripWizard(config.json().id));
      expect(wizard.statusCode, wizard.body).toBe(201);
      const published = await call('POST', `/api/v1/wizards/${wizard.json().id}/publish`);
      expect(published.statusCode, published.body).toBe(200);
      const started = await call(
        'POST',
        '/api/v1/runs',
        { slug: 'trip', tenant: 'default', channel: 'form' },
        {},
      );
      expect(started.statusCode, started.body).toBe(201);
      runId = started.json().run.id;
      token = started.json().run_token;
    });
    afterAll(() => api.stop());

    it('runs wizard.onStart: the message is in the run log', async () => {
      expect(await events()).toContainEqual(
        expect.objectContaining({
          type: 'message_shown',
          actor: 'action',
          text: `Welcome to 36-character trips`,
        }),
      );
    });

    it('loads an option set from an API on option.onSelect, and the loaded options are then accepted', async () => {
      const set = await call(
        'PATCH',
        `/api/v1/runs/${runId}/values`,
        { values: { country: 'fr' } },
        { 'x-run-token': token },
      );
      expect(set.statusCode, set.body).toBe(200);
      const city = set.json().snapshot.fields.find((f: { name: string }) => f.name === 'city');
      expect(city.options.map((o: { value: string }) => o.value)).toEqual(['par', 'lyo']);
      const cities = api.seen.find(
        (r) => r.url.pathname === '/cities' && r.url.searchParams.get('country') === 'fr',
      );
      expect(cities?.headers).toMatchObject({ 'x-trip-country': 'FR', 'x-client': 'trip-wizard' });
      await call(
        'PATCH',
        `/api/v1/runs/${runId}/values`,
        { values: { nights: 3 } },
        { 'x-run-token': token },
      );
      const chosen = await call(
        'PATCH',
        `/api/v1/runs/${runId}/values`,
        { values: { city: 'lyo' } },
        { 'x-run-token': token },
      );
      expect(chosen.statusCode, chosen.body).toBe(200);
      expect(await events()).toContainEqual(
        expect.objectContaining({ type: 'message_shown', actor: 'action', text: '3 nights' }),
      );
      expect(chosen.json().values).toMatchObject({ city: 'lyo', note: 'chose lyo of 2' });
      expect(chosen.json().provenance.note).toMatchObject({ source: 'action', extractor: 'remember' });
      expect(await events()).toContainEqual(
        expect.objectContaining({
          type: 'renderer_output',
          id: 'price.compute',
          renderer: 'table',
          data: {
            columns: [
              { key: 'item', label: 'Item' },
              { key: 'price', label: 'Price' },
            ],
            rows: [{ item: 'lyo', price: 360 }],
          },
        }),
      );
    });

    it('refuses a literal credential in per-action headers, naming the header, and stores nothing', async () => {
      const config = (await call('GET', '/api/v1/api-configs')).json().items[0].id as string;
      const wizard = tripWizard(config);
      const fetch = wizard.events![1]!.actions![0]! as { config: { headers: Record<string, string> } };
      fetch.config.headers = { Authorization: 'Bearer sk-live-123', Host: 'evil.example' };
      const refused = await call('POST', '/api/v1/wizards', { ...wizard, slug: 'trip-leaky' });
      expect(refused.statusCode, refused.body).toBe(422);
      const names = refused.json().invalid_params.map((p: { name: string }) => p.name);
      expect(names).toEqual(
        expect.arrayContaining([
          'body.events.1.actions.0.config.headers.Authorization',
          'body.events.1.actions.0.config.headers.Host',
        ]),
      );
      expect(refused.body).not.toContain('sk-live-123');
      const list = (await call('GET', '/api/v1/wizards')).json();
      expect(JSON.stringify(list)).not.toContain('trip-leaky');
    });

    it('stops an action that re-fires itself at the depth limit, and says so', async () => {
      const values = (v: object) =>
        call('PATCH', `/api/v1/runs/${runId}/values`, { values: v }, { 'x-run-token': token });
      await values({ echo: 'loop' });
      await values({ country: 'de' });
      const failed = (await events()).filter((e: { type: string }) => e.type === 'action_failed');
      expect(failed).toContainEqual(
        expect.objectContaining({ event_id: 'echo_loop', error: expect.stringMatching(/nested reactions/) }),
      );
    });

    it('retries a failing API, logs every attempt, and continues past a script stopped at its deadline', async () => {
      const next = await call(
        'POST',
        `/api/v1/runs/${runId}/navigate`,
        { action: 'next' },
        { 'x-run-token': token },
      );
      expect(next.statusCode, next.body).toBe(200);
      const logs = (await call('GET', `/api/v1/runs/${runId}/action-logs`)).json().items as Array<
        Record<string, unknown>
      >;
      const retries = logs.filter((l) => l.action_id === 'retry').map((l) => [l.attempt, l.status]);
      expect(retries).toEqual([
        [1, 'failed'],
        [2, 'succeeded'],
      ]);
      expect(logs.find((l) => l.action_id === 'broken')).toMatchObject({
        status: 'failed',
        error: expect.stringMatching(/longer than 50 ms/),
      });
      expect(await events()).toContainEqual(
        expect.objectContaining({ type: 'message_shown', text: 'still here' }),
      );
    });

    it('tests one action of the draft on sample values without touching any run', async () => {
      const wizardId = (await call('GET', `/api/v1/runs/${runId}`)).json().run.wizard_id;
      const eventsBefore = (await events()).length;
      const priced = await call('POST', `/api/v1/wizards/${wizardId}/actions/compute/test`, {
        values: { city: 'par', nights: 2 },
      });
      expect(priced.statusCode, priced.body).toBe(200);
      expect(priced.json()).toMatchObject({
        status: 'succeeded',
        input: { city: 'par', nights: 2 },
        output: [{ item: 'par', price: 240 }],
        would_apply: { type: 'show_output', id: 'price.compute', renderer: 'table' },
      });
      const setter = await call('POST', `/api/v1/wizards/${wizardId}/actions/remember/test`, {
        values: { city: 'par' },
      });
      expect(setter.json()).toMatchObject({
        status: 'succeeded',
        output: { field: 'note', value: 'chose par of ' },
      });
      const broken = await call('POST', `/api/v1/wizards/${wizardId}/actions/broken/test`, {});
      expect(broken.json()).toMatchObject({
        status: 'failed',
        error: expect.stringMatching(/longer than 50 ms/),
      });
      expect((await call('POST', `/api/v1/wizards/${wizardId}/actions/nope/test`, {})).statusCode).toBe(404);
      expect(await events()).toHaveLength(eventsBefore);
    });

    it('calls a tool of an operator MCP server (stdio), lists its tools, and names an unknown server', async () => {
      const wizardId = (await call('GET', `/api/v1/runs/${runId}`)).json().run.wizard_id;
      expect((await call('GET', '/api/v1/mcp/servers')).json().items).toMatchObject([
        { id: 'guidepost', name: 'Guidepost', transport: 'in_process', owner: 'operator' },
        { id: 'everything', name: 'Everything', transport: 'stdio' },
      ]);
      const tools = (await call('GET', '/api/v1/mcp/servers/everything/tools')).json().items;
      expect(tools.map((t: { name: string }) => t.name)).toEqual(expect.arrayContaining(['echo', 'get-sum']));
      expect((await call('GET', '/api/v1/mcp/servers/nope/tools')).statusCode).toBe(404);
      const echoed = await call('POST', `/api/v1/wizards/${wizardId}/actions/echo_trip/test`, {
        values: { city: 'par' },
      });
      expect(echoed.json()).toMatchObject({
        status: 'succeeded',
        input: { message: 'trip to par' },
        output: 'Echo: trip to par',
        would_apply: {
          type: 'show_output',
          renderer: 'card_grid',
          data: { cards: [{ title: 'Result', body: 'Echo: trip to par' }] },
        },
      });
      // In the run: entering the last step called the tool and showed its answer.
      expect(await events()).toContainEqual(
        expect.objectContaining({
          type: 'renderer_output',
          id: 'ask_agent.echo_trip',
          data: { cards: [{ title: 'Result', body: 'Echo: trip to lyo' }] },
        }),
      );
    });

    it('shows action logs to admins only', async () => {
      const visitor = await call('GET', `/api/v1/runs/${runId}/action-logs`, undefined, {
        'x-run-token': token,
      });
      expect(visitor.statusCode).toBe(401);
    });
  },
  {
    GUIDEPOST_ACTIONS_ALLOW_PRIVATE: 'true',
    GUIDEPOST_MCP_SERVERS: JSON.stringify([
      {
        id: 'everything',
        name: 'Everything',
        transport: 'stdio',
        command: process.execPath,
        args: [
          createRequire(import.meta.url).resolve('@modelcontextprotocol/server-everything/dist/index.js'),
          'stdio',
        ],
      },
    ]),
  },
);
