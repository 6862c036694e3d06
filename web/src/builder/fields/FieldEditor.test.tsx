// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FieldSchema, type Field, type WizardDefinition } from '../../../../src/core/wizard/definition';
import { field } from '../../test/fixtures';
import { replaceField } from '../draft-edit';
import { draftWizard } from '../test-fixtures';
import { FieldEditor, type FieldProblem } from './FieldEditor';

afterEach(cleanup);

const OTHERS: Field[] = [
  field({ name: 'company_size', label: 'Company size', type: 'number' }),
  field({ name: 'full_name', label: 'Full name', type: 'text' }),
];

/** A FieldEditor whose edits flow back in; `latest()` is the last field it produced. */
function setup(initial: Field, problems: FieldProblem[] = []) {
  const seen = vi.fn<(f: Field) => void>();
  function Harness() {
    const [f, setF] = useState(initial);
    return (
      <FieldEditor
        field={f}
        conditionFields={OTHERS}
        problems={problems}
        onChange={(next) => {
          seen(next);
          setF(next);
        }}
      />
    );
  }
  render(<Harness />);
  return { user: userEvent.setup(), latest: () => seen.mock.lastCall![0], seen };
}

describe('FieldEditor', () => {
  it('switches type, keeping what still applies and dropping what does not', async () => {
    const { user, latest } = setup(
      field({
        name: 'nickname',
        label: 'Nickname',
        type: 'text',
        required: true,
        extraction_hints: ['alias'],
        validation: { max_length: 20, pattern: '[a-z]+', custom_error: 'Lowercase letters only' },
        default: 'bob',
      }),
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'textarea');
    expect(latest()).toMatchObject({
      type: 'textarea',
      required: true,
      extraction_hints: ['alias'],
      default: 'bob',
    });
    expect(latest().validation).toEqual({
      max_length: 20,
      pattern: '[a-z]+',
      custom_error: 'Lowercase letters only',
    });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'number');
    expect(latest().type).toBe('number');
    expect(latest().validation).toEqual({ custom_error: 'Lowercase letters only' });
    expect(latest().default).toBeUndefined();
    expect(screen.queryByRole('textbox', { name: 'Pattern' })).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Minimum' })).toBeTruthy();
    expect(screen.getByRole('switch', { name: 'Whole numbers only' })).toBeTruthy();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'single_select');
    expect(latest().options?.map((o) => o.label)).toEqual(['Option 1', 'Option 2']);
    expect(FieldSchema.safeParse(latest()).success).toBe(true);
  });

  it('adds options whose value follows the label until edited, reorders and removes them', async () => {
    const { user, latest } = setup(
      field({
        name: 'budget',
        label: 'Budget',
        type: 'single_select',
        options: [{ value: 'low', label: 'Low' }],
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Add option' }));
    const label2 = screen.getByRole('textbox', { name: 'Option 2 Label' });
    await user.clear(label2);
    await user.type(label2, 'Over $50k!');
    expect(latest().options?.[1]).toEqual({ value: 'over_50k', label: 'Over $50k!', synonyms: [] });

    const value2 = screen.getByRole('textbox', { name: 'Option 2 Value' });
    await user.clear(value2);
    await user.type(value2, 'big');
    await user.type(label2, '?');
    expect(latest().options?.[1]).toMatchObject({ value: 'big', label: 'Over $50k!?' });

    await user.type(screen.getByRole('textbox', { name: 'Option 2 Synonyms' }), 'large{Enter}huge,');
    expect(latest().options?.[1]?.synonyms).toEqual(['large', 'huge']);

    const up = screen.getByRole('button', { name: 'Move Over $50k!? up' });
    await user.click(up);
    expect(latest().options?.map((o) => o.value)).toEqual(['big', 'low']);
    expect(document.activeElement?.getAttribute('data-move')).toBe('down');

    // "Low" existed before this edit: removing it asks first.
    await user.click(screen.getByRole('button', { name: 'Remove option Low' }));
    const confirm = screen.getByRole('group', { name: 'Confirm removing option Low' });
    await user.click(within(confirm).getByRole('button', { name: 'Remove' }));
    expect(latest().options?.map((o) => o.value)).toEqual(['big']);
  });

  it('lets an optional field be only mentioned by the guide, and offers that only while it is optional', async () => {
    const { user, latest } = setup(field({ name: 'model', label: 'Model', type: 'text' }));
    const asks = screen.getByRole('switch', { name: 'The guide asks for it' });
    expect(asks.getAttribute('aria-checked')).toBe('true');
    await user.click(asks);
    expect(latest().guide_asks).toBe(false);
    expect(FieldSchema.parse(latest()).guide_asks).toBe(false);
    await user.click(screen.getByRole('switch', { name: 'The guide asks for it' }));
    expect('guide_asks' in latest()).toBe(false);
    await user.click(screen.getByRole('switch', { name: 'Required' }));
    expect(screen.queryByRole('switch', { name: 'The guide asks for it' })).toBeNull();
  });

  it('flags duplicate option values next to the value input', async () => {
    const { user } = setup(
      field({ name: 'size', label: 'Size', type: 'multi_select', options: [{ value: 's', label: 'Small' }] }),
    );
    await user.click(screen.getByRole('button', { name: 'Add option' }));
    const value2 = screen.getByRole('textbox', { name: 'Option 2 Value' });
    await user.clear(value2);
    await user.type(value2, 's');
    expect(value2.getAttribute('aria-invalid')).toBe('true');
    expect(
      document.getElementById(value2.getAttribute('aria-describedby')!.split(' ').pop()!)?.textContent,
    ).toMatch(/Another option has the value "s"/);
  });

  it('shows each problem next to its input', () => {
    setup(
      field({
        name: 'code',
        label: 'Code',
        type: 'single_select',
        options: [{ value: 'a', label: 'A' }],
        validation: { custom_error: 'Pick one' },
        conditions: { show_if: { '==': [{ var: 'ghost' }, 1] } },
      }),
      [
        { path: 'label', message: 'is too long' },
        { path: 'options.0.value', message: 'duplicate option value "a"' },
        { path: 'validation.custom_error', message: 'is not allowed here' },
        { path: 'conditions.show_if', message: 'refers to unknown field "ghost"' },
        { path: '', message: 'the field is odd' },
      ],
    );
    const described = (el: HTMLElement) =>
      (el.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' | ');
    const label = screen.getByRole('textbox', { name: 'Label' });
    expect(label.getAttribute('aria-invalid')).toBe('true');
    expect(described(label)).toContain('is too long');
    const value = screen.getByRole('textbox', { name: 'Option 1 Value' });
    expect(value.getAttribute('aria-invalid')).toBe('true');
    expect(described(value)).toContain('duplicate option value "a"');
    expect(described(screen.getByRole('textbox', { name: 'Custom error message' }))).toContain(
      'is not allowed here',
    );
    expect(described(screen.getByRole('group', { name: 'Show this field when' }))).toContain(
      'unknown field "ghost"',
    );
    expect(screen.getByRole('status').textContent).toContain('the field is odd');
  });

  it('lists a problem about a setting the type does not read in its section', () => {
    setup(field({ name: 'stars', label: 'Stars', type: 'rating' }), [
      { path: 'settings.step', message: 'is not used by ratings' },
      { path: 'settings.max', message: 'must be at least 1' },
    ]);
    expect(screen.getByText('step: is not used by ratings')).toBeTruthy();
    const max = screen.getByRole('textbox', { name: 'Number of stars' });
    expect(max.getAttribute('aria-invalid')).toBe('true');
  });

  it('types the name as snake_case, flags a name that is not an identifier, and the pattern compiles while typing', async () => {
    const { user, latest } = setup(field({ name: 'ok', label: 'OK', type: 'text' }));
    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Company Size');
    expect(latest().name).toBe('company_size');
    expect(name.getAttribute('aria-invalid')).toBeNull();
    await user.clear(name);
    await user.type(name, '1st');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    const pattern = screen.getByRole('textbox', { name: 'Pattern' });
    await user.type(pattern, '[[a-');
    expect(pattern.getAttribute('aria-invalid')).toBe('true');
  });

  it('edits the country and the strict validation of a phone field', async () => {
    const { user, latest } = setup(field({ name: 'phone', label: 'Phone', type: 'phone' }));
    await user.type(screen.getByRole('textbox', { name: 'Default country' }), 'gb');
    const strict = screen.getByRole('switch', { name: 'Only allocated numbers' });
    expect(strict.getAttribute('aria-checked')).toBe('false');
    await user.click(strict);
    expect(latest().settings).toEqual({ default_region: 'GB', strict_validation: true });
    await user.click(screen.getByRole('switch', { name: 'Only allocated numbers' }));
    expect(latest().settings).toEqual({ default_region: 'GB' });
  });

  it('edits validation and type settings, applying only valid numbers', async () => {
    const { user, latest } = setup(field({ name: 'stars', label: 'Stars', type: 'rating' }));
    await user.type(screen.getByRole('textbox', { name: 'Number of stars' }), '10');
    expect(latest().settings).toEqual({ max: 10 });
    await user.type(screen.getByRole('textbox', { name: 'Lowest rating accepted' }), '2');
    expect(latest().validation).toEqual({ min: 2 });
    await user.type(screen.getByRole('textbox', { name: 'Highest rating accepted' }), '1');
    expect(screen.getByText(/Lowest rating accepted is greater than highest rating accepted/)).toBeTruthy();
    await user.clear(screen.getByRole('textbox', { name: 'Number of stars' }));
    await user.type(screen.getByRole('textbox', { name: 'Number of stars' }), '2.5');
    expect(screen.getByText('Enter a whole number.')).toBeTruthy();
    expect(latest().settings).toEqual({ max: 2 });
  });

  it('enters the default with the player control, checked by the field rules', async () => {
    const { user, latest } = setup(
      field({ name: 'code', label: 'Code', type: 'text', validation: { min_length: 3 } }),
    );
    const input = screen.getByRole('textbox', { name: 'Default value' });
    await user.type(input, 'ab');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Default value must be at least 3 characters')).toBeTruthy();
    await user.type(input, 'c');
    expect(latest().default).toBe('abc');
    await user.click(screen.getByRole('button', { name: 'Clear default' }));
    expect('default' in latest()).toBe(false);
  });

  it('adds a show condition with the condition builder', async () => {
    const { user, latest } = setup(field({ name: 'vat', label: 'VAT number', type: 'text' }));
    await user.click(screen.getByRole('button', { name: 'Show when…' }));
    const builder = screen.getByRole('group', { name: 'Show this field when' });
    await user.click(within(builder).getByRole('button', { name: 'Add condition' }));
    await user.type(within(builder).getByRole('spinbutton', { name: 'Condition 1 value' }), '10');
    expect(latest().conditions).toEqual({ show_if: { '==': [{ var: 'company_size' }, 10] } });

    // Removing a rule that holds a condition asks first; Escape keeps it and returns focus.
    const removeRule = screen.getByRole('button', { name: 'Remove rule “Show this field when”' });
    await user.click(removeRule);
    expect(document.activeElement?.textContent).toBe('Keep');
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Remove rule “Show this field when”' }),
    );
    await user.click(screen.getByRole('button', { name: 'Remove rule “Show this field when”' }));
    await user.click(
      within(screen.getByRole('group', { name: 'Confirm removing “Show this field when”' })).getByRole(
        'button',
        { name: 'Remove' },
      ),
    );
    expect(latest()).not.toHaveProperty('conditions');
    expect(screen.getByRole('button', { name: 'Show when…' })).toBeTruthy();
  });

  it('derives its value from another field', async () => {
    const { user, latest } = setup(field({ name: 'slug', label: 'Slug', type: 'text' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Computed from' }), 'full_name');
    expect(latest().derive).toEqual({ from: 'full_name', transform: 'slug' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Transform' }), 'uppercase');
    expect(latest().derive).toEqual({ from: 'full_name', transform: 'uppercase' });
  });
});

describe('FieldEditor in a draft', () => {
  it('carries a condition of another field along when an option value is renamed', async () => {
    const size = field({
      name: 'size',
      label: 'Size',
      type: 'single_select',
      options: [
        { value: 'small', label: 'Small' },
        { value: 'large', label: 'Large' },
      ],
    });
    const notes = field({
      name: 'notes',
      label: 'Notes',
      type: 'text',
      conditions: { show_if: { '==': [{ var: 'size' }, 'small'] } },
    });
    let latest = draftWizard([{ id: 'one', title: 'One', fields: [size, notes] }]);
    /** The first field's editor, each edit applied to the draft as the editor pane does. */
    function Harness() {
      const [draft, setDraft] = useState<WizardDefinition>(latest);
      return (
        <FieldEditor
          field={draft.steps[0]!.fields[0]!}
          conditionFields={[notes]}
          problems={[]}
          onChange={(next) => {
            latest = replaceField(latest, 0, 0, next);
            setDraft(latest);
          }}
        />
      );
    }
    render(<Harness />);
    const user = userEvent.setup();
    const value = screen.getByRole('textbox', { name: 'Option 1 Value' });
    await user.clear(value);
    await user.type(value, 'tiny');
    expect(latest.steps[0]!.fields[0]!.options![0]!.value).toBe('tiny');
    expect(latest.steps[0]!.fields[1]!.conditions!.show_if).toEqual({ '==': [{ var: 'size' }, 'tiny'] });
  });
});
