// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiConfigForm } from './ApiConfigForm';
import type { ApiConfig } from './connections-api';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const REFUSAL = {
  type: 'about:blank',
  title: 'Bad Request',
  status: 400,
  detail:
    'body.base_url 127.0.0.1 is a private, loopback or reserved address (refused unless GUIDEPOST_ACTIONS_ALLOW_PRIVATE=true)',
  invalid_params: [
    {
      name: 'body.base_url',
      reason:
        '127.0.0.1 is a private, loopback or reserved address (refused unless GUIDEPOST_ACTIONS_ALLOW_PRIVATE=true)',
    },
  ],
};

function renderForm(config?: ApiConfig) {
  const onDone = vi.fn();
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <ApiConfigForm config={config} onDone={onDone} />
    </QueryClientProvider>,
  );
  return { user: userEvent.setup(), onDone };
}

describe('ApiConfigForm', () => {
  it('shows the SSRF guard’s refusal under the Base URL field', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify(REFUSAL), { status: 400 }));
    vi.stubGlobal('fetch', fetch);
    const { user, onDone } = renderForm();
    await user.type(screen.getByLabelText('Name'), 'Inside');
    await user.clear(screen.getByLabelText('Base URL'));
    await user.type(screen.getByLabelText('Base URL'), 'http://127.0.0.1:8080');
    await user.click(screen.getByRole('button', { name: 'Add configuration' }));
    const field = screen.getByLabelText('Base URL');
    await vi.waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText(/127\.0\.0\.1 is a private, loopback or reserved address/)).toBeTruthy();
    expect(onDone).not.toHaveBeenCalled();
  });

  it('keeps stored credentials write-only: an empty field is not sent, and says they are set', async () => {
    const stored: ApiConfig = {
      id: 'c1',
      name: 'Cities',
      base_url: 'https://api.example.com',
      auth_type: 'bearer',
      auth_param_name: null,
      has_credentials: true,
      default_headers: { 'X-Client': 'guidepost' },
      timeout_ms: 10000,
      created_at: '2026-01-01T00:00:00Z',
      updated_at: '2026-01-01T00:00:00Z',
    };
    const fetch = vi.fn(
      async () => new Response(JSON.stringify({ ...stored, name: 'Towns' }), { status: 200 }),
    );
    vi.stubGlobal('fetch', fetch);
    const { user, onDone } = renderForm(stored);
    expect((screen.getByLabelText('Token') as HTMLInputElement).value).toBe('');
    expect(screen.getByText(/Set\. Leave empty to keep the stored value/)).toBeTruthy();
    await user.clear(screen.getByLabelText('Name'));
    await user.type(screen.getByLabelText('Name'), 'Towns');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await vi.waitFor(() => expect(onDone).toHaveBeenCalled());
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/v1/api-configs/c1');
    const body = JSON.parse(init.body as string) as Record<string, unknown>;
    expect(body).toMatchObject({ name: 'Towns', default_headers: { 'X-Client': 'guidepost' } });
    expect(body).not.toHaveProperty('credentials');
  });
});
