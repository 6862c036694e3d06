// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WizardDefinition } from '../../../src/core/wizard/definition';
import type { WizardDetail } from './builder-api';
import { updateStep } from './draft-edit';
import { AUTOSAVE_DELAY_MS, useBuilder } from './useBuilder';
import { draftWizard } from './test-fixtures';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const ID = '6f1c2d3e-0000-4000-8000-000000000001';

const draft = draftWizard(
  [
    {
      id: 'about',
      title: 'About you',
      fields: [
        { name: 'full_name', label: 'Full name', type: 'text', required: false, extraction_hints: [] },
      ],
    },
  ],
  { id: ID },
);

const detail = (d: WizardDefinition, problems: WizardDetail['problems'] = []): WizardDetail => ({
  id: ID,
  slug: d.slug,
  name: d.name,
  status: 'draft',
  latest_version: null,
  updated_at: '2026-01-01T00:00:00.000Z',
  draft: d,
  problems,
  versions: [],
});

/** A fake API: GET answers the stored draft; PUT stores the body and answers it with `serverProblems`. */
function fakeApi(serverProblems: WizardDetail['problems'] = []) {
  const puts: WizardDefinition[] = [];
  let stored = draft;
  const fetch = vi.fn(async (_url: string, init: RequestInit = {}) => {
    if (init.method === 'PUT') {
      stored = JSON.parse(String(init.body));
      puts.push(stored);
    }
    return new Response(JSON.stringify(detail(stored, init.method === 'PUT' ? serverProblems : [])), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetch);
  return { puts };
}

function wrapper({ children }: { children: ReactNode }) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

describe('useBuilder', () => {
  it('loads the draft, saves the whole draft once after the quiet period, and reports the save', async () => {
    const { puts } = fakeApi();
    const { result } = renderHook(() => useBuilder(ID), { wrapper });
    await waitFor(() => expect(result.current.draft?.name).toBe('Leads'));
    expect(result.current.save.status).toBe('saved');

    act(() => result.current.edit((d) => updateStep(d, 0, { title: 'About' })));
    act(() => result.current.edit((d) => updateStep(d, 0, { title: 'About me' })));
    expect(result.current.draft!.steps[0]!.title).toBe('About me');
    expect(result.current.save).toEqual({ status: 'pending', unsaved: true });
    expect(puts).toHaveLength(0);

    await waitFor(() => expect(result.current.save.status).toBe('saved'), {
      timeout: AUTOSAVE_DELAY_MS + 2000,
    });
    expect(puts).toHaveLength(1);
    expect(puts[0]!.steps[0]!.title).toBe('About me');
    expect(puts[0]!.guide).toEqual(draft.guide);
  });

  it('finds problems at once, with no round trip, and only publishes a draft without any', async () => {
    fakeApi();
    const { result } = renderHook(() => useBuilder(ID), { wrapper });
    await waitFor(() => expect(result.current.draft).not.toBeNull());
    expect(result.current.publishable).not.toBeNull();
    act(() =>
      result.current.edit((d) =>
        updateStep(d, 0, {
          fields: [{ ...d.steps[0]!.fields[0]!, conditions: { show_if: { var: 'ghost' } } }],
        }),
      ),
    );
    expect(result.current.problems).toEqual([
      { path: 'steps.0.fields.0.conditions.show_if', message: 'refers to unknown field "ghost"' },
    ]);
    expect(result.current.index.field(0, 0)).toHaveLength(1);
    expect(result.current.publishable).toBeNull();
  });

  it('adds the server’s own problems once the draft is saved', async () => {
    fakeApi([{ path: 'steps.0.fields.0.default', message: 'the default is in the past' }]);
    const { result } = renderHook(() => useBuilder(ID), { wrapper });
    await waitFor(() => expect(result.current.draft).not.toBeNull());
    act(() => result.current.edit((d) => ({ ...d, name: 'Leads 2' })));
    await waitFor(() => expect(result.current.save.status).toBe('saved'), {
      timeout: AUTOSAVE_DELAY_MS + 2000,
    });
    expect(result.current.problems).toEqual([
      { path: 'steps.0.fields.0.default', message: 'the default is in the past' },
    ]);
    expect(result.current.publishable).toBeNull();
  });

  it('opens archived wizards read-only', async () => {
    const fetch = vi.fn(
      async () =>
        new Response(JSON.stringify({ ...detail(draft), status: 'archived' }), {
          headers: { 'content-type': 'application/json' },
        }),
    );
    vi.stubGlobal('fetch', fetch);
    const { result } = renderHook(() => useBuilder(ID), { wrapper });
    await waitFor(() => expect(result.current.readOnly).toBe(true));
  });
});
