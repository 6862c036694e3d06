// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { snapshotRun } from '../../../src/core/wizard/snapshot';
import { builtinWizard } from '../wizards/builtin';
import { ValuesCard } from './ValuesCard';

afterEach(cleanup);

const definition = builtinWizard('lead-capture')!;

/** The snapshot of a lead-capture run with these values and provenance. */
function snapshotOf(values: Record<string, unknown>, provenance: Record<string, never> = {}) {
  return snapshotRun(definition, {
    wizard_id: definition.id,
    wizard_version: 1,
    status: 'active',
    current_step_id: 'contact',
    values,
    provenance,
    history: [],
    reference_date: '2026-03-02',
    started_at: '2026-03-02T10:00:00Z',
    updated_at: '2026-03-02T10:00:00Z',
    event_count: 1,
  });
}

describe('ValuesCard', () => {
  it('shows each value as the player formats it, with where it came from', () => {
    render(
      <ValuesCard
        snapshot={snapshotOf({ full_name: 'Ada Lovelace', budget: '20k-50k' })}
        provenance={{
          full_name: { source: 'guide', utterance: 'My name is Ada Lovelace' },
          budget: { source: 'form', confidence: 1 },
        }}
      />,
    );
    const contact = screen.getByRole('region', { name: 'Contact details' });
    expect(within(contact).getByText('Ada Lovelace')).toBeTruthy();
    expect(within(contact).getByText('Filled by the guide from: “My name is Ada Lovelace”')).toBeTruthy();
    expect(screen.getByText('$20,000 – $50,000')).toBeTruthy();
    expect(screen.getByText('Typed in the form')).toBeTruthy();
  });

  it('marks unanswered required fields, and counts required answers', () => {
    render(<ValuesCard snapshot={snapshotOf({ full_name: 'Ada' })} provenance={{}} />);
    const contact = screen.getByRole('region', { name: 'Contact details' });
    const email = within(contact).getByText('Email').nextElementSibling as HTMLElement;
    expect(within(email).getByText('Not answered')).toBeTruthy();
    expect(within(email).getByText('Required')).toBeTruthy();
    expect(screen.getByText(/^1 of \d+ required · 1 answered$/)).toBeTruthy();
  });
});
