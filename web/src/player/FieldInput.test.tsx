// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIELD_TYPES, type Field, type FieldType } from '../../../src/core/wizard/definition';
import type { FieldView } from '../../../src/core/wizard/snapshot';
import { ctx, field, viewOf } from '../test/fixtures';
import { FieldInput } from './FieldInput';

afterEach(cleanup);

const options = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ value: `o${i}`, label: `Option ${i}` }));

/** A FieldInput whose committed value flows back in, as the run would do it. */
function Harness({
  f,
  onCommit,
  initial,
}: {
  f: Field;
  onCommit?: (v: unknown) => void;
  initial?: Partial<FieldView>;
}) {
  const [view, setView] = useState<FieldView>(viewOf(f, initial));
  return (
    <FieldInput
      field={f}
      view={view}
      ctx={ctx}
      onCommit={(value) => {
        onCommit?.(value);
        setView(viewOf(f, value === null ? {} : { value }));
      }}
    />
  );
}

describe('FieldInput', () => {
  it.each(FIELD_TYPES.map((t) => [t]))('renders a labelled control for %s', (type: FieldType) => {
    const f = field({
      name: 'x',
      label: `Label of ${type}`,
      type,
      ...(type.endsWith('select') ? { options: options(3) } : {}),
    });
    const { container } = render(<Harness f={f} />);
    expect(screen.getAllByText(`Label of ${type}`).length).toBeGreaterThan(0);
    expect(container.querySelector('[id^="field-x"]')).not.toBeNull();
  });

  it('validates an email as the user types, once the field was left, and commits only valid values', () => {
    const onCommit = vi.fn();
    render(
      <Harness
        f={field({ name: 'email', label: 'Email', type: 'email', required: true })}
        onCommit={onCommit}
      />,
    );
    const input = screen.getByLabelText(/Email/);
    fireEvent.change(input, { target: { value: 'ada@' } });
    expect(screen.queryByText('Email is not a valid email address')).toBeNull(); // not yet: still typing
    fireEvent.blur(input);
    expect(screen.getByText('Email is not a valid email address')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(onCommit).not.toHaveBeenCalled();
    fireEvent.change(input, { target: { value: 'ada@example.com' } });
    expect(screen.queryByText(/not a valid email/)).toBeNull();
    expect(onCommit).toHaveBeenLastCalledWith('ada@example.com');
    fireEvent.change(input, { target: { value: '' } });
    expect(onCommit).toHaveBeenLastCalledWith(null);
    expect(screen.getByText('Email is required')).toBeTruthy();
  });

  it('keeps what the user typed while storing the canonical value', () => {
    const onCommit = vi.fn();
    render(<Harness f={field({ name: 'n', label: 'Amount', type: 'number' })} onCommit={onCommit} />);
    const input = screen.getByLabelText('Amount') as HTMLInputElement;
    fireEvent.change(input, { target: { value: '1,500' } });
    expect(onCommit).toHaveBeenLastCalledWith(1500);
    expect(input.value).toBe('1,500');
  });

  it('reads a national phone number in the chosen country and stores E.164', () => {
    const onCommit = vi.fn();
    render(<Harness f={field({ name: 'phone', label: 'Phone', type: 'phone' })} onCommit={onCommit} />);
    fireEvent.change(screen.getByLabelText('Phone: country'), { target: { value: 'GB' } });
    fireEvent.change(screen.getByLabelText('Phone'), { target: { value: '020 7946 0958' } });
    expect(onCommit).toHaveBeenLastCalledWith('+442079460958');
  });

  it('shows radios up to five options, a dropdown beyond, and checkboxes for multi_select', () => {
    render(<Harness f={field({ name: 'a', label: 'Few', type: 'single_select', options: options(5) })} />);
    expect(screen.getAllByRole('radio')).toHaveLength(5);
    cleanup();
    render(<Harness f={field({ name: 'b', label: 'Many', type: 'single_select', options: options(6) })} />);
    expect(screen.getByRole('combobox', { name: 'Many' })).toBeTruthy();
    cleanup();
    const onCommit = vi.fn();
    render(
      <Harness
        f={field({ name: 'c', label: 'Multi', type: 'multi_select', options: options(3) })}
        onCommit={onCommit}
      />,
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'Option 2' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Option 0' }));
    expect(onCommit).toHaveBeenLastCalledWith(['o0', 'o2']);
  });

  it('toggles a boolean switch and applies must_be_true', () => {
    const onCommit = vi.fn();
    const f = field({
      name: 'ok',
      label: 'I agree',
      type: 'boolean',
      required: true,
      settings: { must_be_true: true },
    });
    render(<Harness f={f} onCommit={onCommit} />);
    const toggle = screen.getByRole('switch', { name: /I agree/ });
    fireEvent.click(toggle);
    expect(onCommit).toHaveBeenLastCalledWith(true);
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    fireEvent.click(toggle);
    fireEvent.blur(toggle);
    expect(screen.getByText('I agree must be accepted')).toBeTruthy();
  });

  it('shows an unanswered yes/no field as "Not answered yet", not as "No"', () => {
    render(<Harness f={field({ name: 'ok', label: 'I agree', type: 'boolean' })} onCommit={vi.fn()} />);
    const toggle = screen.getByRole('switch', { name: /I agree/ });
    expect(toggle.getAttribute('data-answered')).toBe('false');
    expect(screen.getByText('Not answered yet')).toBeTruthy();
    fireEvent.click(toggle);
    expect(screen.getByText('Yes')).toBeTruthy();
    fireEvent.click(toggle);
    expect(screen.getByText('No')).toBeTruthy();
    expect(screen.queryByText('Not answered yet')).toBeNull();
  });

  it('rates with stars and records file metadata only', () => {
    const onCommit = vi.fn();
    render(<Harness f={field({ name: 'r', label: 'Rating', type: 'rating' })} onCommit={onCommit} />);
    fireEvent.click(screen.getByRole('radio', { name: '4 stars' }));
    expect(onCommit).toHaveBeenLastCalledWith(4);
    cleanup();
    render(
      <Harness f={field({ name: 'f', label: 'Attachment', type: 'file_upload' })} onCommit={onCommit} />,
    );
    const file = new File(['hello'], 'notes.txt', { type: 'text/plain' });
    fireEvent.change(screen.getByLabelText(/Attachment/), { target: { files: [file] } });
    expect(onCommit).toHaveBeenLastCalledWith([{ name: 'notes.txt', size: 5, content_type: 'text/plain' }]);
    expect(screen.getByText('notes.txt')).toBeTruthy();
  });

  it('marks a value filled by the guide and shows the sentence it came from', () => {
    const f = field({ name: 'company', label: 'Company', type: 'text' });
    const view = viewOf(f, {
      value: 'Acme',
      answered: true,
      provenance: { source: 'guide', utterance: 'I work at Acme' },
    });
    render(<FieldInput field={f} view={view} ctx={ctx} onCommit={() => {}} />);
    const marker = screen.getByRole('button', { name: /Filled by guide/ });
    const tooltip = document.getElementById(marker.getAttribute('aria-describedby')!);
    expect(tooltip?.textContent).toContain('I work at Acme');
    expect((screen.getByLabelText('Company') as HTMLInputElement).value).toBe('Acme');
  });

  it('replaces the draft when the value changes from elsewhere', () => {
    const f = field({ name: 'company', label: 'Company', type: 'text' });
    const { rerender } = render(<FieldInput field={f} view={viewOf(f)} ctx={ctx} onCommit={() => {}} />);
    const input = screen.getByLabelText('Company') as HTMLInputElement;
    fireEvent.change(input, { target: { value: 'Ac' } });
    rerender(
      <FieldInput
        field={f}
        view={viewOf(f, { value: 'Globex', provenance: { source: 'guide' } })}
        ctx={ctx}
        onCommit={() => {}}
      />,
    );
    expect(input.value).toBe('Globex');
  });
});
