// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { EventBindingSchema } from '../../../../src/core/actions/definition';
import type { WizardDefinition } from '../../../../src/core/wizard/definition';
import { parseWizardDefinition } from '../../../../src/core/wizard/validate-definition';
import { draftWizard } from '../test-fixtures';
import type { EventScope } from './event-edits';
import { EventsPanel } from './EventsPanel';

afterEach(cleanup);

const start = (): WizardDefinition =>
  draftWizard(
    [
      {
        id: 'where',
        title: 'Where',
        fields: [
          {
            name: 'country',
            label: 'Country',
            type: 'single_select',
            required: false,
            extraction_hints: [],
            options: [
              { value: 'fr', label: 'France', synonyms: [] },
              { value: 'de', label: 'Germany', synonyms: [] },
            ],
          },
          { name: 'postcode', label: 'Postcode', type: 'text', required: false, extraction_hints: [] },
          {
            name: 'look_up',
            label: 'Look up',
            type: 'apply_button',
            required: false,
            extraction_hints: [],
            settings: { option_set: 'postcode' },
          },
        ],
      },
    ],
    {
      events: [
        EventBindingSchema.parse({
          id: 'jump',
          name: 'Jump ahead',
          trigger: 'step.onEntry',
          target: { kind: 'step', step_id: 'where' },
          actions: [{ id: 'go', type: 'navigate', config: { to: 'step', step_id: 'ghost' } }],
        }),
      ],
    },
  );

/** An EventsPanel whose edits flow back in, with the draft's problems from the shared schema. */
function setup(scope: (d: WizardDefinition) => EventScope) {
  const latest = { draft: start() };
  function Harness() {
    const [draft, setDraft] = useState(latest.draft);
    latest.draft = draft;
    const parsed = parseWizardDefinition(draft);
    return (
      <EventsPanel
        scope={scope(draft)}
        draft={draft}
        problems={parsed.ok ? [] : parsed.problems}
        edit={(update) => setDraft(update)}
        test={{ wizardId: 'w', flush: () => Promise.resolve(true) }}
      />
    );
  }
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <Harness />
    </QueryClientProvider>,
  );
  return { user: userEvent.setup(), draft: () => latest.draft };
}

describe('EventsPanel', () => {
  it("shows a step's event with only the step triggers, and a problem on the control it is about", async () => {
    const { user } = setup(() => ({ kind: 'step', stepId: 'where' }));
    await user.click(screen.getByRole('button', { name: /^Jump ahead/ }));
    const trigger = screen.getByLabelText('Trigger');
    expect(
      within(trigger)
        .getAllByRole('option')
        .map((o) => o.getAttribute('value')),
    ).toEqual(['step.onEntry', 'step.onExit', 'step.onValidate']);
    await user.click(screen.getByRole('button', { name: /^1\. go/ }));
    const step = screen.getByLabelText('Step');
    expect(step.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('refers to unknown step "ghost"')).toBeTruthy();
    await user.selectOptions(step, 'where');
    expect(screen.queryByText('refers to unknown step "ghost"')).toBeNull();
  });

  it("adds an event on a field's option, switching the trigger to one valid for the option", async () => {
    const { user, draft } = setup((d) => ({ kind: 'field', field: d.steps[0]!.fields[0]! }));
    await user.click(screen.getByRole('button', { name: 'Add event' }));
    expect(draft().events?.[1]).toMatchObject({
      trigger: 'optionSet.onLoad',
      target: { kind: 'option_set', field: 'country' },
    });
    await user.click(screen.getByRole('button', { name: /^New event/ }));
    await user.selectOptions(screen.getByLabelText('Attached to'), 'option:country:de');
    expect(draft().events?.[1]).toMatchObject({
      trigger: 'option.onClick',
      target: { kind: 'option', field: 'country', value: 'de' },
    });
    const parsed = parseWizardDefinition(draft());
    const paths = parsed.ok ? [] : parsed.problems.map((p) => p.path);
    expect(paths.filter((p) => p.startsWith('events.1'))).toEqual([]);
  });

  it('attaches events to a text field (load, change, apply) and to a button (apply only)', async () => {
    const { user, draft } = setup((d) => ({ kind: 'field', field: d.steps[0]!.fields[1]! }));
    expect(screen.getByText(/when an Apply button applies it/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Add event' }));
    await user.click(screen.getByRole('button', { name: /^New event/ }));
    expect(
      within(screen.getByLabelText('Trigger'))
        .getAllByRole('option')
        .map((o) => o.getAttribute('value')),
    ).toEqual(['optionSet.onLoad', 'optionSet.onChange', 'optionSet.onApply']);
    await user.selectOptions(screen.getByLabelText('Trigger'), 'optionSet.onChange');
    expect(draft().events?.[1]).toMatchObject({
      trigger: 'optionSet.onChange',
      target: { kind: 'option_set', field: 'postcode' },
    });
    const parsed = parseWizardDefinition(draft());
    expect((parsed.ok ? [] : parsed.problems).filter((p) => p.path.startsWith('events.1'))).toEqual([]);
    cleanup();
    const button = setup((d) => ({ kind: 'field', field: d.steps[0]!.fields[2]! }));
    await button.user.click(screen.getByRole('button', { name: 'Add event' }));
    expect(button.draft().events?.[1]).toMatchObject({
      trigger: 'optionSet.onApply',
      target: { kind: 'option_set', field: 'look_up' },
    });
  });

  it('adds actions of every type and reorders them from the keyboard', async () => {
    const { user, draft } = setup(() => ({ kind: 'step', stepId: 'where' }));
    await user.click(screen.getByRole('button', { name: /^Jump ahead/ }));
    await user.selectOptions(screen.getByLabelText('Type of the new action'), 'show_message');
    await user.click(screen.getByRole('button', { name: 'Add action' }));
    expect(draft().events?.[0]?.actions.map((a) => [a.id, a.execution_order])).toEqual([
      ['go', 0],
      ['show_message', 1],
    ]);
    screen.getByRole('button', { name: 'Reorder action “show_message”' }).focus();
    await user.keyboard(' ');
    await user.keyboard('{ArrowUp}');
    await user.keyboard(' ');
    expect(draft().events?.[0]?.actions.map((a) => [a.id, a.execution_order])).toEqual([
      ['show_message', 0],
      ['go', 1],
    ]);
  });

  it('asks before deleting an event that has actions', async () => {
    const { user, draft } = setup(() => ({ kind: 'step', stepId: 'where' }));
    await user.click(screen.getByRole('button', { name: 'Delete event “Jump ahead”' }));
    expect(draft().events).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Delete event' }));
    expect(draft().events).toBeUndefined();
  });
});
