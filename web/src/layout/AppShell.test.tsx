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
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Me } from '../auth/auth-api';
import { ToastProvider } from '../ui/Toast';
import { AppShell } from './AppShell';

const ADA: Me = {
  user: { id: 'u1', email: 'ada@example.com', name: 'Ada Lovelace', superadmin: false },
  tenants: [{ id: 't1', name: 'Acme', role: 'owner' }],
  active_tenant: { id: 't1', name: 'Acme', role: 'owner' },
  via: 'session',
};

let me: Me | null = ADA;
let calls: Array<{ method: string; url: string; body?: unknown }> = [];

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

beforeEach(() => {
  me = ADA;
  calls = [];
  vi.stubGlobal('scrollTo', vi.fn());
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      const method = init.method ?? 'GET';
      const body = init.body ? JSON.parse(String(init.body)) : undefined;
      calls.push({ method, url, body });
      if (url === '/api/v1/auth/me')
        return me ? json(me) : json({ status: 401, detail: 'sign in first' }, 401);
      if (url === '/api/v1/auth/switch-tenant' && me) {
        const tenant = me.tenants.find((t) => t.id === body.tenant_id)!;
        me = { ...me, active_tenant: tenant };
        return json({ active_tenant: tenant });
      }
      return json({ status: 404, detail: `no route ${url}` }, 404);
    }),
  );
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The shell in a memory router at `path`, with a page per top-level destination. */
function renderShell(path = '/runs', client = new QueryClient()) {
  const root = createRootRoute({
    component: () => (
      <AppShell>
        <Outlet />
      </AppShell>
    ),
  });
  const pages = [
    '/',
    '/wizards',
    '/templates',
    '/runs',
    '/store',
    '/settings',
    '/admin',
    '/sign-in',
    '/sign-up',
  ];
  const router = createRouter({
    routeTree: root.addChildren(
      pages.map((p) =>
        createRoute({ getParentRoute: () => root, path: p, component: () => <p>page {p}</p> }),
      ),
    ),
    history: createMemoryHistory({ initialEntries: [path] }),
  });
  render(
    <QueryClientProvider client={client}>
      <ToastProvider>
        <RouterProvider router={router} />
      </ToastProvider>
    </QueryClientProvider>,
  );
  return { router, client };
}

const desktopNav = () => screen.getAllByRole('navigation', { name: 'Main' })[0]!;
const linkNames = (nav: HTMLElement) =>
  within(nav)
    .getAllByRole('link')
    .map((a) => a.textContent);

describe('AppShell navigation', () => {
  it('shows a signed-in user the product sections, marking the current one', async () => {
    renderShell('/runs');
    await waitFor(() => expect(linkNames(desktopNav())).toContain('Wizards'));
    expect(linkNames(desktopNav())).toEqual([
      'Sidekicks',
      'Wizards',
      'Templates',
      'Runs',
      'Chat',
      'My store',
      'Settings',
    ]);
    expect(within(desktopNav()).getByRole('link', { name: 'Runs' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(within(desktopNav()).getByRole('link', { name: 'Settings' }).getAttribute('href')).toBe(
      '/settings',
    );
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeTruthy();
  });

  it('adds Admin for a superadmin only', async () => {
    me = { ...ADA, user: { ...ADA.user, superadmin: true } };
    renderShell();
    await waitFor(() => expect(linkNames(desktopNav())).toContain('Admin'));
    expect(within(desktopNav()).getByRole('link', { name: 'Admin' }).getAttribute('href')).toBe('/admin');
  });

  it('offers Templates, Sign in and Sign up when signed out', async () => {
    me = null;
    renderShell('/templates');
    await waitFor(() => expect(screen.getByRole('link', { name: 'Sign in' })).toBeTruthy());
    expect(linkNames(desktopNav())).toEqual(['Templates']);
    expect(screen.getByRole('link', { name: 'Sign up' }).getAttribute('href')).toBe('/sign-up');
  });

  it('opens the phone menu from the keyboard, focuses its first link and closes on Escape', async () => {
    const user = userEvent.setup();
    renderShell('/runs');
    await waitFor(() => expect(linkNames(desktopNav())).toContain('Wizards'));
    const button = screen.getByRole('button', { name: 'Menu' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    button.focus();
    await user.keyboard('{Enter}');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(linkNames(within(panel).getByRole('navigation', { name: 'Main' }))).toEqual([
      'Sidekicks',
      'Wizards',
      'Templates',
      'Runs',
      'Chat',
      'My store',
      'Settings',
    ]);
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Sidekicks'));
    expect(within(panel).getByRole('button', { name: 'Sign out' })).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById(button.getAttribute('aria-controls')!)).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('closes the phone menu when one of its links is followed', async () => {
    const user = userEvent.setup();
    const { router } = renderShell('/runs');
    await waitFor(() => expect(linkNames(desktopNav())).toContain('Wizards'));
    await user.click(screen.getByRole('button', { name: 'Menu' }));
    const panel = document.getElementById(
      screen.getByRole('button', { name: 'Menu' }).getAttribute('aria-controls')!,
    )!;
    await user.click(within(panel).getByRole('link', { name: 'My store' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/store'));
    expect(screen.getByRole('button', { name: 'Menu' }).getAttribute('aria-expanded')).toBe('false');
  });
});

describe('TenantSwitcher', () => {
  it('is hidden for a user of one tenant', async () => {
    renderShell();
    await waitFor(() => expect(linkNames(desktopNav())).toContain('Wizards'));
    expect(screen.queryByRole('combobox', { name: 'Workspace' })).toBeNull();
  });

  it('lists the tenant a superadmin acts in without belonging to it, chosen', async () => {
    me = {
      ...ADA,
      user: { ...ADA.user, superadmin: true },
      active_tenant: { id: 't9', name: 'Initech', role: 'owner' },
    };
    renderShell();
    const select = (await screen.findByRole('combobox', { name: 'Workspace' })) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['Acme', 'Initech']);
    expect(select.value).toBe('t9');
  });

  it('switches the tenant, drops every cached query and opens /wizards', async () => {
    const user = userEvent.setup();
    me = {
      ...ADA,
      tenants: [
        { id: 't1', name: 'Acme', role: 'owner' },
        { id: 't2', name: 'Globex', role: 'member' },
      ],
    };
    const client = new QueryClient();
    client.setQueryData(['wizards', 'list'], ['a wizard of Acme']);
    const { router } = renderShell('/runs', client);
    const select = await screen.findByRole('combobox', { name: 'Workspace' });
    expect((select as HTMLSelectElement).value).toBe('t1');
    await user.selectOptions(select, 't2');
    await waitFor(() => expect(router.state.location.pathname).toBe('/wizards'));
    expect(calls).toContainEqual({
      method: 'POST',
      url: '/api/v1/auth/switch-tenant',
      body: { tenant_id: 't2' },
    });
    expect(client.getQueryData(['wizards', 'list'])).toBeUndefined();
    await waitFor(() =>
      expect((screen.getByRole('combobox', { name: 'Workspace' }) as HTMLSelectElement).value).toBe('t2'),
    );
    expect(calls.filter((c) => c.url === '/api/v1/auth/me').length).toBeGreaterThanOrEqual(2);
    expect(await screen.findByText('Switched to Globex')).toBeTruthy();
  });
});
