// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { WizardDefinition } from '../../../src/core/wizard/definition';
import { EditorPane } from './EditorPane';
import { indexProblems } from './problem-paths';
import type { Selection } from './selection';
import { draftWizard } from './test-fixtures';

afterEach(cleanup);

const initial = () =>
  draftWizard([
    {
      id: 'about',
      title: 'About you',
      fields: [
        { name: 'full_name', label: 'Full name', type: 'text', required: true, extraction_hints: [] },
        { name: 'email', label: 'Email', type: 'email', required: false, extraction_hints: [] },
      ],
    },
    { id: 'company', title: 'Company', fields: [] },
  ]);

/** An EditorPane whose edits and selections flow back in; `draft()` and `selection()` are the latest. */
function setup(selection: Selection, start = initial()) {
  const latest: { draft: WizardDefinition; selection: Selection } = { draft: start, selection };
  function Harness() {
    const [draft, setDraft] = useState(latest.draft);
    const [sel, setSel] = useState(selection);
    latest.draft = draft;
    latest.selection = sel;
    return (
      <EditorPane
        draft={draft}
        index={indexProblems([])}
        selection={sel}
        onSelect={setSel}
        edit={(update) => setDraft(update)}
        history={null}
        wizardId="w1"
        flush={() => Promise.resolve(true)}
      />
    );
  }
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <Harness />
    </QueryClientProvider>,
  );
  return { user: userEvent.setup(), draft: () => latest.draft, selection: () => latest.selection };
}

const heading = () => screen.getByRole('heading', { level: 2 }).textContent;

describe('EditorPane', () => {
  it('moves the selected field to another step from the keyboard, keeping it selected', async () => {
    const { user, draft, selection } = setup({ kind: 'field', step: 0, field: 0 });
    screen.getByRole('button', { name: 'Move field “Full name” to step…' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getAllByRole('menuitem').map((item) => item.textContent)).toEqual(['Step 2: Company']);
    await user.keyboard('{Enter}');
    expect(draft().steps.map((s) => s.fields.map((f) => f.name))).toEqual([['email'], ['full_name']]);
    expect(selection()).toEqual({ kind: 'field', step: 1, field: 0 });
    expect(heading()).toBe('Full name');
    expect(screen.getByText('Step 2 · Company · Short text')).toBeTruthy();
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Move field “Full name” to step…' }),
    );
  });

  it('duplicates the selected field after it and selects the copy', async () => {
    const { user, draft, selection } = setup({ kind: 'field', step: 0, field: 0 });
    await user.click(screen.getByRole('button', { name: 'Duplicate field “Full name”' }));
    expect(draft().steps[0]!.fields.map((f) => f.name)).toEqual(['full_name', 'full_name_2', 'email']);
    expect(selection()).toEqual({ kind: 'field', step: 0, field: 1 });
    expect(heading()).toBe('Full name (copy)');
  });

  it('duplicates the selected step after it and selects the copy', async () => {
    const { user, draft, selection } = setup({ kind: 'step', step: 0 });
    await user.click(screen.getByRole('button', { name: 'Duplicate step' }));
    expect(draft().steps.map((s) => s.id)).toEqual(['about', 'about_2', 'company']);
    expect(draft().steps[1]!.fields.map((f) => f.name)).toEqual(['full_name_2', 'email_2']);
    expect(selection()).toEqual({ kind: 'step', step: 1 });
    expect(heading()).toBe('About you (copy)');
    expect(screen.getByText('Step 2 of 3')).toBeTruthy();
  });

  it('offers no move to another step when the wizard has one step', () => {
    const one = initial();
    one.steps.pop();
    setup({ kind: 'field', step: 0, field: 0 }, one);
    expect(screen.queryByRole('button', { name: /to step…$/ })).toBeNull();
  });
});
