// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { evaluateCondition } from '../../../../src/core/wizard/conditions';
import type { Field, JsonLogic } from '../../../../src/core/wizard/definition';
import { field } from '../../test/fixtures';
import { ConditionBuilder } from './ConditionBuilder';

afterEach(cleanup);

const FIELDS: Field[] = [
  field({ name: 'company_size', label: 'Company size', type: 'number' }),
  field({ name: 'has_company', label: 'Has a company', type: 'boolean' }),
  field({
    name: 'plan',
    label: 'Plan',
    type: 'single_select',
    options: [
      { value: 'free', label: 'Free' },
      { value: 'pro', label: 'Pro' },
    ],
  }),
  field({ name: 'start', label: 'Start date', type: 'date' }),
  field({ name: 'work_email', label: 'Work email', type: 'email' }),
];

/** A ConditionBuilder whose value flows back in, as the builder page does it; `seen` records each onChange. */
function Harness({ initial, seen }: { initial?: JsonLogic; seen?: (v: JsonLogic | undefined) => void }) {
  const [value, setValue] = useState<JsonLogic | undefined>(initial);
  return (
    <ConditionBuilder
      label="Show this field when"
      value={value}
      fields={FIELDS}
      onChange={(next) => {
        seen?.(next);
        setValue(next);
      }}
    />
  );
}

const rawText = () => screen.getByRole('textbox', { name: /JSON Logic/ }) as HTMLTextAreaElement;

describe('ConditionBuilder', () => {
  it('builds "company_size greater than 10 AND has_company is true" and shows its JSON', async () => {
    const user = userEvent.setup();
    const seen = vi.fn();
    render(<Harness seen={seen} />);
    expect(screen.getByText('No condition yet.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Add condition' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Condition 1 field' }), 'company_size');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Condition 1 operator' }), 'gt');
    await user.type(screen.getByRole('spinbutton', { name: 'Condition 1 value' }), '10');

    await user.click(screen.getByRole('button', { name: 'Add condition' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Condition 2 field' }), 'has_company');
    const operator = screen.getByRole('combobox', { name: 'Condition 2 operator' }) as HTMLSelectElement;
    expect([...operator.options].map((o) => o.text)).toEqual(['is yes', 'is no', 'is empty', 'is filled']);
    expect(operator.value).toBe('is_true');

    const expected = {
      and: [{ '>': [{ var: 'company_size' }, 10] }, { '==': [{ var: 'has_company' }, true] }],
    };
    expect(seen).toHaveBeenLastCalledWith(expected);
    expect(evaluateCondition(seen.mock.lastCall![0], { company_size: 12, has_company: true })).toBe(true);
    expect(evaluateCondition(seen.mock.lastCall![0], { company_size: 12, has_company: false })).toBe(false);

    expect(
      screen.getByText(/Show this field when Company size is greater than 10 and Has a company is yes\./),
    ).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Raw JSON' }));
    expect(JSON.parse(rawText().value)).toEqual(expected);
  });

  it('offers operators by field type and an option dropdown for selects', async () => {
    const user = userEvent.setup();
    const seen = vi.fn();
    render(<Harness seen={seen} initial={{ '==': [{ var: 'plan' }, 'pro'] }} />);
    const ops = screen.getByRole('combobox', { name: 'Condition 1 operator' }) as HTMLSelectElement;
    expect([...ops.options].map((o) => o.value)).toEqual([
      'eq',
      'neq',
      'one_of',
      'not_one_of',
      'empty',
      'filled',
    ]);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Condition 1 value' }), 'free');
    expect(seen).toHaveBeenLastCalledWith({ '==': [{ var: 'plan' }, 'free'] });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Condition 1 field' }), 'start');
    const dateOps = screen.getByRole('combobox', { name: 'Condition 1 operator' }) as HTMLSelectElement;
    expect([...dateOps.options].map((o) => o.text)).toContain('is before');
    expect((screen.getByLabelText('Condition 1 value') as HTMLInputElement).type).toBe('date');
  });

  it('applies raw JSON edits once they parse and says why invalid JSON is not applied', async () => {
    const user = userEvent.setup();
    const seen = vi.fn();
    render(<Harness seen={seen} initial={{ '==': [{ var: 'plan' }, 'pro'] }} />);
    await user.click(screen.getByRole('button', { name: 'Raw JSON' }));

    await user.clear(rawText());
    await user.paste('{"!=": [{"var": "plan"}, "free"]');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/Not valid JSON/);
    expect(rawText().getAttribute('aria-invalid')).toBe('true');
    expect(rawText().getAttribute('aria-describedby')).toContain(alert.id);
    expect(screen.getByRole('button', { name: 'Raw JSON' })).toHaveProperty('disabled', true);
    const before = seen.mock.calls.length;

    await user.type(rawText(), '}');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(seen.mock.calls.length).toBe(before + 1);
    expect(seen).toHaveBeenLastCalledWith({ '!=': [{ var: 'plan' }, 'free'] });

    await user.click(screen.getByRole('button', { name: 'Raw JSON' }));
    expect((screen.getByRole('combobox', { name: 'Condition 1 operator' }) as HTMLSelectElement).value).toBe(
      'neq',
    );
    expect((screen.getByRole('combobox', { name: 'Condition 1 value' }) as HTMLSelectElement).value).toBe(
      'free',
    );
  });

  it('refuses JSON that is not an object', async () => {
    const user = userEvent.setup();
    const seen = vi.fn();
    render(<Harness seen={seen} />);
    await user.click(screen.getByRole('button', { name: 'Raw JSON' }));
    await user.click(rawText());
    await user.paste('[1]');
    expect(screen.getByRole('alert').textContent).toMatch(/must be a JSON object/);
    expect(seen).not.toHaveBeenCalled();
  });

  it('flags operations the engine does not know as soon as they are typed', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Raw JSON' }));
    await user.click(rawText());
    await user.paste('{"regex": [{"var": "plan"}, "^p"]}');
    expect(rawText().getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText('unknown JSON Logic operation "regex"')).toBeTruthy();
  });

  it('opens JSON Logic the visual builder cannot show in raw mode with a note', () => {
    render(<Harness initial={{ '===': [{ var: 'plan' }, 'pro'] }} />);
    expect(JSON.parse(rawText().value)).toEqual({ '===': [{ var: 'plan' }, 'pro'] });
    expect(screen.getByText(/visual builder cannot show this condition/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Raw JSON' })).toHaveProperty('disabled', true);
  });

  it('keeps a row on an unknown field and edits its "is one of" list as tags', async () => {
    const user = userEvent.setup();
    const seen = vi.fn();
    render(<Harness seen={seen} initial={{ in: [{ var: 'ghost' }, ['a']] }} />);
    const fieldSelect = screen.getByRole('combobox', { name: 'Condition 1 field' }) as HTMLSelectElement;
    expect(fieldSelect.selectedOptions[0]?.text).toBe('ghost (unknown field)');
    await user.type(screen.getByRole('textbox', { name: 'Condition 1 value' }), 'b{Enter}');
    expect(seen).toHaveBeenLastCalledWith({ in: [{ var: 'ghost' }, ['a', 'b']] });
  });

  it('adds a nested OR group', async () => {
    const user = userEvent.setup();
    const seen = vi.fn();
    render(<Harness seen={seen} initial={{ '==': [{ var: 'has_company' }, true] }} />);
    await user.click(screen.getByRole('button', { name: 'Add group' }));
    const nested = screen.getByRole('group', { name: 'Condition 2 group' });
    await user.selectOptions(within(nested).getByRole('combobox', { name: 'Condition 2.1 field' }), 'plan');
    await user.selectOptions(within(nested).getByRole('combobox', { name: 'Condition 2.1 value' }), 'pro');
    await user.click(within(nested).getByRole('button', { name: 'Add condition' }));
    await user.selectOptions(
      within(nested).getByRole('combobox', { name: 'Condition 2.2 field' }),
      'company_size',
    );
    await user.selectOptions(within(nested).getByRole('combobox', { name: 'Condition 2.2 operator' }), 'gte');
    await user.type(within(nested).getByRole('spinbutton', { name: 'Condition 2.2 value' }), '50');
    expect(seen).toHaveBeenLastCalledWith({
      and: [
        { '==': [{ var: 'has_company' }, true] },
        { or: [{ '==': [{ var: 'plan' }, 'pro'] }, { '>=': [{ var: 'company_size' }, 50] }] },
      ],
    });
  });

  it('compares with the value as the engine stores it (email domain lowercased on blur)', async () => {
    const user = userEvent.setup();
    const seen = vi.fn();
    render(<Harness seen={seen} initial={{ '==': [{ var: 'work_email' }, 'x@y.co'] }} />);
    const input = screen.getByRole('textbox', { name: 'Condition 1 value' });
    await user.clear(input);
    await user.type(input, 'Ann@Example.COM');
    await user.tab();
    expect(seen).toHaveBeenLastCalledWith({ '==': [{ var: 'work_email' }, 'Ann@example.com'] });
    expect(evaluateCondition(seen.mock.lastCall![0], { work_email: 'Ann@example.com' })).toBe(true);
  });

  it('follows the parent back to an earlier value (undo)', async () => {
    const user = userEvent.setup();
    const initial = { '==': [{ var: 'plan' }, 'pro'] };
    function Undoable() {
      const [value, setValue] = useState<JsonLogic | undefined>(initial);
      return (
        <>
          <button type="button" onClick={() => setValue(initial)}>
            Undo
          </button>
          <ConditionBuilder label="Show this field when" value={value} fields={FIELDS} onChange={setValue} />
        </>
      );
    }
    render(<Undoable />);
    const valueSelect = () =>
      screen.getByRole('combobox', { name: 'Condition 1 value' }) as HTMLSelectElement;
    await user.selectOptions(valueSelect(), 'free');
    expect(valueSelect().value).toBe('free');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(valueSelect().value).toBe('pro');
  });

  it('shows problems and takes a new value from outside', () => {
    const { rerender } = render(
      <ConditionBuilder
        label="Skip this step when"
        value={undefined}
        fields={FIELDS}
        problems={['refers to unknown field "x"']}
        onChange={() => {}}
      />,
    );
    const group = screen.getByRole('group', { name: 'Skip this step when' });
    expect(group.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(group.getAttribute('aria-describedby')!)?.textContent).toContain(
      'unknown field "x"',
    );
    rerender(
      <ConditionBuilder
        label="Skip this step when"
        value={{ '!=': [{ var: 'start' }, null] }}
        fields={FIELDS}
        onChange={() => {}}
      />,
    );
    expect((screen.getByRole('combobox', { name: 'Condition 1 operator' }) as HTMLSelectElement).value).toBe(
      'filled',
    );
  });
});
