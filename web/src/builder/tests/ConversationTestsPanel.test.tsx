// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { WizardDefinition } from '../../../../src/core/wizard/definition';
import { draftWizard } from '../test-fixtures';
import { ConversationTestsPanel } from './ConversationTestsPanel';

afterEach(cleanup);

const wizard = (): WizardDefinition =>
  draftWizard(
    [
      {
        id: 'about',
        title: 'About you',
        fields: [
          { name: 'full_name', label: 'Full name', type: 'text', required: true, extraction_hints: [] },
          { name: 'email', label: 'Email', type: 'email', required: true, extraction_hints: [] },
        ],
      },
    ],
    {
      conversation_tests: [
        {
          id: 't1',
          name: 'Gives both at once',
          lines: ['I am Ada Lovelace, ada@example.com', 'yes, send it'],
          expected: { status: 'completed', values: { full_name: 'Ada Lovelace', email: 'ada@example.com' } },
        },
        {
          id: 't2',
          name: 'Expects the wrong email',
          lines: ['Grace Hopper', 'grace@example.com', 'looks good'],
          expected: { status: 'completed', values: { email: 'grace@navy.mil' } },
        },
      ],
    },
  );

function setup() {
  const latest: { draft: WizardDefinition } = { draft: wizard() };
  function Harness() {
    const [draft, setDraft] = useState(latest.draft);
    latest.draft = draft;
    return (
      <ConversationTestsPanel
        draft={draft}
        definition={draft}
        readOnly={false}
        edit={(change) => setDraft((d) => change(d))}
      />
    );
  }
  render(<Harness />);
  return latest;
}

describe('ConversationTestsPanel', () => {
  it('runs the tests with the embedded guide and shows a failure with its turn and transcript', async () => {
    setup();
    await userEvent.click(screen.getByRole('button', { name: 'Run tests' }));

    expect(await screen.findByText('1 passed, 1 failed')).toBeTruthy();
    const wrong = screen.getByRole('list', { name: 'What went wrong' });
    expect(
      within(wrong).getByText(/email: expected "grace@navy.mil", got "grace@example.com" \(turn 2\)/),
    ).toBeTruthy();
    // the turn where it went wrong is marked in the transcript
    const marked = document.querySelectorAll('[aria-current="step"]');
    expect(marked).toHaveLength(1);
    expect(marked[0]!.textContent).toContain('Turn 2, person: grace@example.com');
  });

  it('adds a test to the draft and reads its expected values', async () => {
    const latest = setup();
    await userEvent.click(screen.getByRole('button', { name: 'Add test' }));
    const expectBoxes = screen.getAllByLabelText(/Expected at the end/);
    await userEvent.type(expectBoxes[2]!, 'full_name = Alan');
    expect(latest.draft.conversation_tests?.[2]?.expected.values).toEqual({ full_name: 'Alan' });

    await userEvent.clear(expectBoxes[2]!);
    await userEvent.type(expectBoxes[2]!, 'nickname = Al');
    expect(screen.getByText('line 1: the wizard has no field "nickname"')).toBeTruthy();
  });
});
