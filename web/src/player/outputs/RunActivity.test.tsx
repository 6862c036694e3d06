// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunEvent } from '../../../../src/core/events/run-events';
import { parseRendererData, type RendererKind } from '../../../../src/core/renderers/index';
import { WizardDefinitionBaseSchema } from '../../../../src/core/wizard/definition';
import { applyRunCommand } from '../../../../src/core/wizard/run-engine';
import type { RunCommand, RunState } from '../../../../src/core/wizard/run-state';
import type { RunController } from '../run-controller';
import { RunActivity } from './RunActivity';

afterEach(cleanup);

const definition = WizardDefinitionBaseSchema.parse({
  id: 'w',
  name: 'W',
  slug: 'w',
  steps: [{ id: 'one', title: 'One', fields: [{ name: 'note', label: 'Note', type: 'text' }] }],
});

/** An output of each kind, as an action returns it. */
const OUTPUTS: Array<[RendererKind, unknown]> = [
  ['table', [{ city: 'Lyon', price: 240 }]],
  ['dropdown', ['Lyon', 'Paris']],
  ['list', ['First', 'Second']],
  ['card_grid', [{ name: 'Lyon', description: 'Food city' }]],
  [
    'document',
    '# Hello\n\n<img src=x onerror="alert(1)"> [bad](javascript:alert(1)) <script>alert(1)</script>',
  ],
  ['image', { url: 'https://example.com/robot.png', alt: 'A robot' }],
  ['code', { code: 'const a = 1;', language: 'javascript' }],
  ['json', { id: 7, tags: ['a'] }],
];

function controller(commands: RunCommand[]): RunController {
  let state: RunState | null = null;
  const events: RunEvent[] = [];
  for (const command of [{ type: 'start' } as RunCommand, ...commands]) {
    const result = applyRunCommand(definition, state, command, { actor: 'action' });
    state = result.state;
    events.push(...result.events);
  }
  const unused = () => Promise.resolve({ ok: true, problems: [] });
  return {
    definition,
    status: 'ready',
    state,
    snapshot: null,
    events,
    problems: [],
    setField: unused,
    next: unused,
    previous: unused,
    goTo: unused,
    complete: unused,
  };
}

function show(kind: RendererKind, raw: unknown): RunCommand {
  const parsed = parseRendererData(kind, raw);
  if (!parsed.ok) throw new Error(parsed.message);
  return { type: 'show_output', id: `e.${kind}`, renderer: kind, title: `The ${kind}`, data: parsed.data };
}

describe('RunActivity', () => {
  it('shows a running action’s loading message until it finishes', () => {
    const start: RunCommand = {
      type: 'start_action',
      id: 'a1',
      event_id: 'e',
      action_id: 'x',
      action_type: 'api_call',
      loading_message: 'Looking up cities…',
    };
    const { rerender } = render(<RunActivity run={controller([start])} />);
    expect(screen.getByText('Looking up cities…')).toBeTruthy();
    rerender(
      <RunActivity
        run={controller([start, { type: 'finish_action', id: 'a1', event_id: 'e', action_id: 'x' }])}
      />,
    );
    expect(screen.queryByText('Looking up cities…')).toBeNull();
  });

  it('shows the messages of the current step, errors as alerts, and lets them be dismissed', async () => {
    const user = userEvent.setup();
    render(
      <RunActivity
        run={controller([
          { type: 'show_message', text: 'Welcome aboard', level: 'success' },
          { type: 'show_message', text: 'The API is down', level: 'error' },
        ])}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('The API is down');
    await user.click(screen.getAllByRole('button', { name: 'Dismiss message' })[0]!);
    expect(screen.queryByText('Welcome aboard')).toBeNull();
  });

  it('renders every renderer kind accessibly, and sanitises documents', async () => {
    render(<RunActivity run={controller(OUTPUTS.map(([kind, raw]) => show(kind, raw)))} />);
    const results = screen.getByRole('region', { name: 'Results' });
    const table = within(results).getByRole('table', { name: 'The table' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['City', 'Price']);
    expect(within(results).getByRole('combobox', { name: 'The dropdown' })).toBeTruthy();
    expect(within(results).getByText('Second')).toBeTruthy();
    expect(within(results).getByText('Food city')).toBeTruthy();
    expect(within(results).getByRole('img', { name: 'A robot' }).getAttribute('src')).toBe(
      'https://example.com/robot.png',
    );
    const heading = await within(results).findByRole('heading', { name: 'Hello' });
    const doc = heading.closest('.gp-prose')!;
    expect(doc.innerHTML).not.toMatch(/onerror|<script|javascript:/);
    const code = await within(results).findByText('const');
    expect(code.className).toContain('hljs-keyword');
    expect(within(results).getByText('{2}')).toBeTruthy();
  });
});
