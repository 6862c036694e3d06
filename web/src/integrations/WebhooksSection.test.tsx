// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ToastProvider } from '../ui/Toast';
import { parseRecipients } from './EmailSection';
import type { Endpoint } from './integrations-api';
import { WebhooksSection } from './WebhooksSection';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const endpoint: Endpoint = {
  id: 'e1',
  wizard_id: 'w1',
  url: 'https://crm.example.com/hooks',
  description: 'CRM',
  events: ['run.completed'],
  enabled: true,
  created_at: '2026-03-02T10:00:00Z',
  updated_at: '2026-03-02T10:00:00Z',
};

/** A fake API: the endpoint list grows on POST; creation and rotation answer a secret; calls are recorded. */
function stubApi() {
  const endpoints: Endpoint[] = [];
  const calls: Array<{ url: string; method: string; body?: unknown }> = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      const method = init.method ?? 'GET';
      const body = init.body ? JSON.parse(String(init.body)) : undefined;
      calls.push({ url, method, body });
      const json = (status: number, value: unknown) =>
        new Response(JSON.stringify(value), { status, headers: { 'content-type': 'application/json' } });
      if (url.endsWith('/webhooks/deliveries?limit=50')) return json(200, { items: [] });
      if (url.endsWith('/rotate-secret')) return json(200, { ...endpoint, secret: 'whsec_rotated' });
      if (url === '/api/v1/wizards/w1/webhooks' && method === 'POST') {
        if (!String(body.url).startsWith('https:'))
          return json(400, {
            status: 400,
            detail: 'body.url is a private address',
            invalid_params: [{ name: 'body.url', reason: 'is a private address' }],
          });
        endpoints.push({ ...endpoint, url: body.url });
        return json(201, { ...endpoint, url: body.url, secret: 'whsec_first' });
      }
      return json(200, { items: endpoints });
    }),
  );
  return calls;
}

function renderSection() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <ToastProvider>
        <WebhooksSection wizardId="w1" />
      </ToastProvider>
    </QueryClientProvider>,
  );
}

describe('WebhooksSection', () => {
  it('adds an endpoint, shows its secret once, and rotates it', async () => {
    const calls = stubApi();
    renderSection();
    expect(await screen.findByText('No endpoints yet. Add one below.')).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Endpoint URL'), 'https://crm.example.com/hooks');
    await userEvent.click(screen.getByLabelText(/run\.abandoned/));
    await userEvent.click(screen.getByRole('button', { name: 'Add endpoint' }));
    const secret = await screen.findByRole('textbox', { name: 'Signing secret' });
    expect((secret as HTMLInputElement).value).toBe('whsec_first');
    expect(calls).toContainEqual({
      url: '/api/v1/wizards/w1/webhooks',
      method: 'POST',
      body: { url: 'https://crm.example.com/hooks', events: ['run.completed', 'run.abandoned'] },
    });
    expect(await screen.findByText('https://crm.example.com/hooks', { selector: 'p' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('textbox', { name: 'Signing secret' })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Rotate secret' }));
    expect(((await screen.findByRole('textbox', { name: 'Signing secret' })) as HTMLInputElement).value).toBe(
      'whsec_rotated',
    );
    expect(screen.getByText('New signing secret')).toBeTruthy();
  });

  it("shows the server's reason under the URL when it refuses one", async () => {
    stubApi();
    renderSection();
    await userEvent.type(await screen.findByLabelText('Endpoint URL'), 'http://10.0.0.1/hooks');
    await userEvent.click(screen.getByRole('button', { name: 'Add endpoint' }));
    expect(await screen.findByText('is a private address')).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Signing secret' })).toBeNull();
  });
});

describe('parseRecipients', () => {
  it('reads addresses separated by lines, commas, semicolons or spaces', () => {
    expect(parseRecipients('a@example.com,\nb@example.com; c@example.com  d@example.com\n')).toEqual([
      'a@example.com',
      'b@example.com',
      'c@example.com',
      'd@example.com',
    ]);
    expect(parseRecipients('  ')).toEqual([]);
  });
});
