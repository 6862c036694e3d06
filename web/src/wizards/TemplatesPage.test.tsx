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
import { TemplatesPage } from './TemplatesPage';
import type { TemplateItem } from './wizard-api';

const CUSTOM: TemplateItem = {
  id: '0b6f9a7e-3f51-4d7c-8a43-5d2e1c9b7a10',
  slug: 'onboarding',
  name: 'Client onboarding',
  status: 'published',
  is_template: true,
  builtin: false,
  latest_version: 1,
  created_at: '2026-11-20T10:00:00.000Z',
  updated_at: '2026-11-20T10:00:00.000Z',
  description: 'Welcome new clients',
  step_count: 3,
  guide_name: 'Ona',
};
const COPY_ID = '7d1e6a52-9b3c-4f0e-a2d8-3c5b9e1f4a77';

let me: unknown = null;
let calls: Array<{ method: string; url: string }> = [];

beforeEach(() => {
  me = null;
  calls = [];
  vi.stubGlobal('scrollTo', vi.fn());
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      const method = init.method ?? 'GET';
      calls.push({ method, url });
      const json = (body: unknown, status = 200) =>
        new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
      if (url === '/api/v1/auth/me') return me ? json(me) : json({ status: 401, detail: 'sign in' }, 401);
      if (url.startsWith('/api/v1/templates?'))
        return json({ items: [CUSTOM], total: 1, limit: 100, offset: 0 });
      if (method === 'POST' && url === `/api/v1/templates/${CUSTOM.id}/clone`)
        return json({ id: COPY_ID, name: CUSTOM.name }, 201);
      return json({ status: 404, detail: `no route ${url}` }, 404);
    }),
  );
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderGallery() {
  const root = createRootRoute({ component: Outlet });
  const router = createRouter({
    routeTree: root.addChildren([
      createRoute({ getParentRoute: () => root, path: '/templates', component: TemplatesPage }),
      createRoute({
        getParentRoute: () => root,
        path: '/wizards/$wizardId',
        component: () => <h1>Builder</h1>,
      }),
      createRoute({ getParentRoute: () => root, path: '/sign-in' }),
      createRoute({ getParentRoute: () => root, path: '/preview/$slug' }),
      createRoute({ getParentRoute: () => root, path: '/templates/$templateId/preview' }),
    ]),
    history: createMemoryHistory({ initialEntries: ['/templates'] }),
  });
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <ToastProvider>
        <RouterProvider router={router} />
      </ToastProvider>
    </QueryClientProvider>,
  );
  return router;
}

describe('templates gallery', () => {
  it('shows visitors the bundled built-ins, with Start, Preview and a sign-in link to use them', async () => {
    renderGallery();
    const lead = await screen.findByRole('article', { name: 'Lead capture' });
    expect(within(lead).getByRole('link', { name: 'Use this template' }).getAttribute('href')).toBe(
      '/sign-in',
    );
    expect(within(lead).getByRole('button', { name: 'Start Lead capture' })).toBeTruthy();
    expect(within(lead).getByRole('link', { name: 'Preview Lead capture' }).getAttribute('href')).toBe(
      '/preview/lead-capture',
    );
    expect(calls.some((c) => c.url.startsWith('/api/v1/templates'))).toBe(false);
  });

  it('copies a template for an author of another tenant and opens the copy in the builder', async () => {
    me = {
      user: { id: 'u1', email: 'grace@example.com', name: 'Grace' },
      tenants: [{ id: 't1', name: 'Navy', role: 'owner' }],
      active_tenant: { id: 't1', name: 'Navy', role: 'owner' },
      via: 'session',
    };
    const router = renderGallery();
    const card = await screen.findByRole('article', { name: 'Client onboarding' });
    expect(within(card).getByText('3 steps')).toBeTruthy();
    expect(within(card).getByRole('link', { name: 'Preview Client onboarding' }).getAttribute('href')).toBe(
      `/templates/${CUSTOM.id}/preview`,
    );
    // Built-ins start by slug in the caller's tenant, so another tenant is not offered Start.
    expect(within(card).queryByRole('button', { name: /^Start/ })).toBeNull();
    fireEvent.click(within(card).getByRole('button', { name: 'Use this template' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/wizards/${COPY_ID}`));
    expect(calls).toContainEqual({ method: 'POST', url: `/api/v1/templates/${CUSTOM.id}/clone` });
  });
});
