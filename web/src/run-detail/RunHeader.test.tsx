// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { snapshotRun } from '../../../src/core/wizard/snapshot';
import { builtinWizard } from '../wizards/builtin';
import type { RunDetail } from './detail-api';
import { RunHeader } from './RunHeader';

afterEach(cleanup);

const definition = builtinWizard('lead-capture')!;

/** A completed lead-capture run (no player link, so no router is needed) with these changes. */
function detailOf(run: Partial<RunDetail['run']>, startedBy?: RunDetail['started_by']): RunDetail {
  const at = '2026-03-02T10:00:00Z';
  return {
    run: {
      id: 'run-1',
      wizard_id: definition.id,
      wizard_version: 1,
      tenant_id: 't1',
      status: 'completed',
      channel: 'form',
      visitor_id: null,
      user_id: null,
      metadata: {},
      current_step_id: null,
      created_at: at,
      updated_at: at,
      completed_at: at,
      ...run,
    },
    started_by: startedBy,
    snapshot: snapshotRun(definition, {
      wizard_id: definition.id,
      wizard_version: 1,
      status: 'completed',
      current_step_id: 'contact',
      values: {},
      provenance: {},
      history: [],
      reference_date: '2026-03-02',
      started_at: at,
      updated_at: at,
      event_count: 1,
    }),
    provenance: {},
  };
}

/** The value shown under a fact's label. */
const fact = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling as HTMLElement;

describe('RunHeader', () => {
  it('names the signed-in user who started the run, with their email under the name', () => {
    const ada = { id: 'u1', name: 'Ada Lovelace', email: 'ada@example.com' };
    render(<RunHeader detail={detailOf({ user_id: 'u1' }, ada)} wizardName="Lead capture" />);
    const startedBy = fact('Started by');
    expect(startedBy.firstChild?.textContent).toBe('Ada Lovelace');
    expect(startedBy.querySelector('span')?.textContent).toBe('ada@example.com');
    expect(screen.queryByText('Visitor', { selector: 'dt' })).toBeNull();
  });

  it('falls back to the visitor: its id, a signed-in user it may not name, or anonymous', () => {
    render(<RunHeader detail={detailOf({ visitor_id: 'visitor-grace' }, null)} wizardName="Lead capture" />);
    expect(fact('Visitor').textContent).toBe('visitor-grace');
    expect(screen.queryByText('Started by')).toBeNull();
    cleanup();
    render(<RunHeader detail={detailOf({ user_id: 'u1' }, null)} wizardName="Lead capture" />);
    expect(fact('Visitor').textContent).toBe('Signed-in user');
    cleanup();
    render(<RunHeader detail={detailOf({})} wizardName="Lead capture" />);
    expect(fact('Visitor').textContent).toBe('Anonymous');
  });
});
