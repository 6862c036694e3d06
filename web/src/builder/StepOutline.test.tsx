// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { indexProblems } from './problem-paths';
import { sortableIds, StepOutline, type StepOutlineProps } from './StepOutline';
import { draftWizard } from './test-fixtures';

afterEach(cleanup);

const draft = draftWizard([
  {
    id: 'about',
    title: 'About you',
    fields: [{ name: 'full_name', label: 'Full name', type: 'text', required: true, extraction_hints: [] }],
  },
  { id: 'company', title: 'Company', fields: [] },
  { id: 'done', title: 'Wrap-up', fields: [] },
]);

function renderOutline(overrides: Partial<StepOutlineProps> = {}) {
  const props: StepOutlineProps = {
    draft,
    index: indexProblems([]),
    selection: { kind: 'step', step: 0 },
    onSelect: vi.fn(),
    onMoveStep: vi.fn(),
    onAddStep: vi.fn(),
    onAddField: vi.fn(),
    onMoveField: vi.fn(),
    versionCount: 0,
    readOnly: false,
    ...overrides,
  };
  render(<StepOutline {...props} />);
  return props;
}

describe('StepOutline', () => {
  it('moves steps with the Move up / Move down buttons, disabled at the ends', async () => {
    const user = userEvent.setup();
    const props = renderOutline();
    expect(screen.getByRole('button', { name: 'Move step 1, “About you” up' })).toHaveProperty(
      'disabled',
      true,
    );
    expect(screen.getByRole('button', { name: 'Move step 3, “Wrap-up” down' })).toHaveProperty(
      'disabled',
      true,
    );
    await user.click(screen.getByRole('button', { name: 'Move step 2, “Company” down' }));
    expect(props.onMoveStep).toHaveBeenCalledWith(1, 2);
    await user.click(screen.getByRole('button', { name: 'Move step 3, “Wrap-up” up' }));
    expect(props.onMoveStep).toHaveBeenCalledWith(2, 1);
  });

  it('shows a problem count on each step and field that has problems', () => {
    renderOutline({
      index: indexProblems([
        { path: 'steps.0.fields.0.label', message: 'empty' },
        { path: 'steps.0.title', message: 'empty' },
        { path: 'steps.2.skip_if', message: 'unknown field' },
      ]),
    });
    expect(screen.getByRole('button', { name: 'Step 1: About you, 2 problems' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Step 2: Company' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Step 3: Wrap-up, 1 problem' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Full name (Short text), 1 problem' })).toBeTruthy();
  });

  it('adds a field of the picked type to the selected step', async () => {
    const user = userEvent.setup();
    const props = renderOutline();
    await user.selectOptions(screen.getByLabelText('Type of the new field in About you'), 'Yes / no');
    await user.click(screen.getByRole('button', { name: 'Add field' }));
    expect(props.onAddField).toHaveBeenCalledWith(0, 'boolean');
  });

  it('offers no reordering or adding when read-only', () => {
    renderOutline({ readOnly: true });
    expect(screen.queryByRole('button', { name: /^Move step/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Reorder/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add step' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add field' })).toBeNull();
  });

  it('gives duplicate step ids distinct sortable ids', () => {
    expect(sortableIds([...draft.steps, { ...draft.steps[1]! }])).toEqual([
      'about',
      'company',
      'done',
      'company#3',
    ]);
  });
});
