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
import type { AdminTenant } from './admin-api';
import { AdminPage } from './AdminPage';

const tenant = (id: string, name: string, counts: [number, number, number]): AdminTenant => ({
  id,
  name,
  created_at: '2026-11-20T10:00:00.000Z',
  member_count: counts[0],
  wizard_count: counts[1],
  run_count: counts[2],
});

let superadmin = true;
let tenants: AdminTenant[] = [];
let calls: Array<{ method: string; url: string }> = [];

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

beforeEach(() => {
  superadmin = true;
  tenants = [
    tenant('acme', 'Acme', [3, 2, 14]),
    tenant('default', 'Default', [1, 5, 40]),
    tenant('empty', 'Empty lot', [0, 0, 0]),
  ];
  calls = [];
  vi.stubGlobal('scrollTo', vi.fn());
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      const method = init.method ?? 'GET';
      calls.push({ method, url });
      if (url === '/api/v1/auth/me')
        return json({
          user: { id: 'u1', email: 'ada@example.com', name: 'Ada', superadmin },
          tenants: [
            { id: 'default', name: 'Default', role: 'owner' },
            { id: 'acme', name: 'Acme', role: 'admin' },
          ],
          active_tenant: { id: 'default', name: 'Default', role: 'owner' },
          via: 'session',
        });
      if (url === '/api/v1/admin/tenants') return json({ items: tenants });
      if (url === '/api/v1/admin/users') return json({ items: [] });
      if (method === 'POST' && url === '/api/v1/tenants') {
        tenants = [...tenants, tenant('globex', 'Globex', [1, 0, 0])];
        return json({ id: 'globex', name: 'Globex', role: 'owner' }, 201);
      }
      return json({ title: 'Not Found', status: 404, detail: `no route ${url}` }, 404);
    }),
  );
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderAdmin() {
  const root = createRootRoute({ component: Outlet });
  const admin = createRoute({ getParentRoute: () => root, path: '/admin', component: AdminPage });
  const settings = createRoute({ getParentRoute: () => root, path: '/settings' });
  const router = createRouter({
    routeTree: root.addChildren([admin, settings]),
    history: createMemoryHistory({ initialEntries: ['/admin'] }),
  });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <ToastProvider>
        <RouterProvider router={router} />
      </ToastProvider>
    </QueryClientProvider>,
  );
}

/** The text of each cell of the tenants table, row by row (the header row first). */
async function tableText(): Promise<string[][]> {
  const table = await screen.findByRole('table', { name: 'Tenants' });
  return within(table)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

describe('admin tenants table', () => {
  it('lists every tenant from /api/v1/admin/tenants with its counts and my role', async () => {
    renderAdmin();
    await waitFor(async () => expect(await tableText()).toHaveLength(4));
    expect(await tableText()).toEqual([
      ['Tenant', 'Members', 'Wizards', 'Runs', 'Your role', 'Actions'],
      ['Acmeacme', '3', '2', '14', 'Admin', 'Open'],
      ['Defaultdefault', '1', '5', '40', 'Owner', 'Active'],
      ['Empty lotempty', '0', '0', '0', '—', 'Open'],
    ]);
    expect(screen.getByRole('button', { name: 'Open Acme' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Open Empty lot' })).toBeTruthy();
    expect(calls.some((c) => c.url === '/api/v1/tenants' && c.method === 'GET')).toBe(false);
  });

  it('lists a created tenant after the admin tenants are fetched again', async () => {
    renderAdmin();
    await screen.findByRole('button', { name: 'Open Acme' });
    const form = screen.getByRole('form', { name: 'Create a tenant' });
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Globex' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Create tenant' }));
    await waitFor(async () => expect((await tableText()).map((row) => row[0])).toContain('Globexglobex'));
    expect(calls.filter((c) => c.url === '/api/v1/admin/tenants')).toHaveLength(2);
  });

  it('shows the 403 page to a user who is not a superadmin, without asking for the tenants', async () => {
    superadmin = false;
    renderAdmin();
    await screen.findByRole('heading', { name: 'Admin is for superadmins' });
    expect(calls.map((c) => c.url)).not.toContain('/api/v1/admin/tenants');
  });
});
