// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  RouterProvider,
} from '@tanstack/react-router';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ToastProvider } from '../ui/Toast';
import { WizardListSearchSchema } from './list-search';
import type { WizardListItem } from './wizard-api';
import { WizardsPage } from './WizardsPage';

const LEAD: WizardListItem = {
  id: '4f0c1d56-5a7e-4c1b-9a55-0d3d5f1e2a01',
  slug: 'lead-capture',
  name: 'Lead capture',
  status: 'draft',
  is_template: false,
  builtin: false,
  latest_version: null,
  created_at: '2026-11-20T10:00:00.000Z',
  updated_at: '2026-11-21T10:00:00.000Z',
  description: 'Qualify inbound leads',
  step_count: 4,
  guide_name: 'Sam',
  runs: 8,
  completed_runs: 6,
  completion_rate: 0.75,
};

let role = 'owner';
let items: WizardListItem[] = [];
let total: number | undefined;
let calls: Array<{ method: string; url: string }> = [];

function json(body: unknown, status = 200) {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

beforeEach(() => {
  role = 'owner';
  items = [LEAD];
  total = undefined;
  calls = [];
  vi.stubGlobal('scrollTo', vi.fn());
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      const method = init.method ?? 'GET';
      calls.push({ method, url });
      if (url === '/api/v1/auth/me')
        return json({
          user: { id: 'u1', email: 'ada@example.com', name: 'Ada' },
          tenants: [{ id: 't1', name: 'Acme', role }],
          active_tenant: { id: 't1', name: 'Acme', role },
          via: 'session',
        });
      if (url.startsWith('/api/v1/wizards?'))
        return json({ items, total: total ?? items.length, limit: 12, offset: 0 });
      if (method === 'POST' && url.endsWith('/clone'))
        return json({ id: 'copy', name: 'Lead capture (copy)' }, 201);
      if (method === 'POST' && url.endsWith('/archive')) {
        items = [];
        return json({ ...LEAD, status: 'archived' });
      }
      return json({ title: 'Not Found', status: 404, detail: `no route ${url}` }, 404);
    }),
  );
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** Renders the list at `url` in a memory router with the real route's search validation. */
function renderAt(url: string) {
  const root = createRootRoute({ component: Outlet });
  const wizards = createRoute({
    getParentRoute: () => root,
    path: '/wizards',
    validateSearch: (search) => WizardListSearchSchema.parse(search),
    component: WizardsPage,
  });
  const templates = createRoute({ getParentRoute: () => root, path: '/templates' });
  const router = createRouter({
    routeTree: root.addChildren([wizards, templates]),
    history: createMemoryHistory({ initialEntries: [url] }),
  });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <ToastProvider>
        <RouterProvider router={router} />
      </ToastProvider>
    </QueryClientProvider>,
  );
  return router;
}

const listCalls = () => calls.filter((c) => c.url.startsWith('/api/v1/wizards?')).map((c) => c.url);

describe('wizard list', () => {
  it('shows each wizard with its status, steps, guide, runs and completion rate', async () => {
    renderAt('/wizards');
    const card = await screen.findByRole('article', { name: 'Lead capture' });
    expect(within(card).getByText('draft')).toBeTruthy();
    const stat = (term: string) => within(card).getByText(term).nextElementSibling?.textContent;
    expect(stat('Steps')).toBe('4');
    expect(within(card).getByText(/^Guide:/).textContent).toBe('Guide: Sam');
    expect(stat('Runs')).toBe('8');
    expect(stat('Completion')).toMatch(/75\s?%/);
  });

  it('keeps the status filter and the debounced search in the URL and sends them to the API', async () => {
    const router = renderAt('/wizards');
    await screen.findByRole('article', { name: 'Lead capture' });
    fireEvent.click(screen.getByRole('button', { name: 'Archived' }));
    await waitFor(() => expect(router.state.location.search).toEqual({ status: 'archived' }));
    await waitFor(() => expect(listCalls().at(-1)).toContain('status=archived'));
    expect(screen.getByRole('button', { name: 'Archived' }).getAttribute('aria-pressed')).toBe('true');

    fireEvent.change(screen.getByLabelText('Search wizards'), { target: { value: 'lead' } });
    // Not at once: the search waits for typing to pause.
    expect(router.state.location.search).toEqual({ status: 'archived' });
    await waitFor(() => expect(router.state.location.search).toEqual({ status: 'archived', q: 'lead' }));
    await waitFor(() =>
      expect(listCalls().at(-1)).toMatch(/q=lead.*status=archived|status=archived.*q=lead/),
    );
  });

  it('reads the filters from the URL it opens at', async () => {
    renderAt('/wizards?q=lead&status=published&page=oops');
    await screen.findByRole('article', { name: 'Lead capture' });
    expect((screen.getByLabelText('Search wizards') as HTMLInputElement).value).toBe('lead');
    expect(screen.getByRole('button', { name: 'Published' }).getAttribute('aria-pressed')).toBe('true');
    expect(listCalls()[0]).toContain('offset=0');
    expect(listCalls()[0]).toContain('status=published');
  });

  it('invites creating the first wizard and points to the templates when there is none', async () => {
    items = [];
    renderAt('/wizards');
    expect(await screen.findByRole('heading', { name: 'Create your first wizard' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'New wizard' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Start from scratch' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Browse templates' }).getAttribute('href')).toBe('/templates');
  });

  it('says nothing matched, and offers to clear the filters, when a filtered list is empty', async () => {
    items = [];
    const router = renderAt('/wizards?q=zzz');
    fireEvent.click(await screen.findByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(router.state.location.search).toEqual({}));
  });

  it('archives only after the confirmation, and not when it is cancelled', async () => {
    renderAt('/wizards');
    const archiveCalls = () => calls.filter((c) => c.url.endsWith('/archive'));
    const openArchive = async () => {
      fireEvent.click(await screen.findByRole('button', { name: 'More actions for Lead capture' }));
      fireEvent.click(screen.getByRole('menuitem', { name: 'Archive' }));
      return screen.getByRole('alertdialog', { name: 'Archive Lead capture?' });
    };
    const dialog = await openArchive();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(archiveCalls()).toHaveLength(0);

    fireEvent.click(within(await openArchive()).getByRole('button', { name: 'Archive wizard' }));
    await waitFor(() =>
      expect(archiveCalls()).toEqual([{ method: 'POST', url: `/api/v1/wizards/${LEAD.id}/archive` }]),
    );
    expect(await screen.findByText('Lead capture archived')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  });

  it('pages through a long list with the page in the URL', async () => {
    total = 30;
    const router = renderAt('/wizards');
    expect(await screen.findByText('Showing 1–12 of 30')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Previous' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(router.state.location.search).toEqual({ page: 2 }));
    await waitFor(() => expect(listCalls().at(-1)).toContain('offset=12'));
    expect(await screen.findByText('Showing 13–24 of 30')).toBeTruthy();
  });

  it('clones from the menu, refreshes the list and says so', async () => {
    renderAt('/wizards');
    fireEvent.click(await screen.findByRole('button', { name: 'More actions for Lead capture' }));
    const before = listCalls().length;
    fireEvent.click(screen.getByRole('menuitem', { name: 'Clone' }));
    expect(await screen.findByText('Lead capture (copy) created')).toBeTruthy();
    expect(calls).toContainEqual({ method: 'POST', url: `/api/v1/wizards/${LEAD.id}/clone` });
    await waitFor(() => expect(listCalls().length).toBeGreaterThan(before));
  });

  it('hides the authoring actions from members, who may only share a published wizard', async () => {
    role = 'member';
    items = [{ ...LEAD, status: 'published', latest_version: 1 }];
    renderAt('/wizards');
    const card = await screen.findByRole('article', { name: 'Lead capture' });
    expect(within(card).getByRole('button', { name: 'Start Lead capture' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'New wizard' })).toBeNull();
    fireEvent.click(within(card).getByRole('button', { name: /More actions/ }));
    expect(screen.getAllByRole('menuitem').map((item) => item.textContent)).toEqual(['Share']);
    expect(within(card).queryByRole('link', { name: 'Lead capture' })).toBeNull();
  });
});
