// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ToastProvider } from '../ui/Toast';
import { DeliveriesCard } from './DeliveriesCard';
import type { Delivery } from './detail-api';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const delivery = (overrides: Partial<Delivery>): Delivery => ({
  id: 'd1',
  endpoint_id: 'e1',
  event_type: 'run.completed',
  status: 'failed',
  attempt_count: 2,
  last_status_code: 500,
  next_attempt_at: null,
  created_at: '2026-03-02T10:00:00Z',
  attempts: [
    {
      attempt: 1,
      started_at: '2026-03-02T10:00:00Z',
      duration_ms: 35,
      status_code: 500,
      error: null,
      outcome: 'retry',
    },
  ],
  ...overrides,
});

/** Answers the deliveries list with `items` and a redelivery with `redeliver` (status, body). */
function stubApi(items: Delivery[], redeliver: [number, unknown]) {
  const calls: Array<{ url: string; method: string }> = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      calls.push({ url, method: init.method ?? 'GET' });
      const [status, body] = url.includes('/redeliver') ? redeliver : [200, { items }];
      return new Response(JSON.stringify(body), {
        status,
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
  return calls;
}

function renderCard() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <ToastProvider>
        <DeliveriesCard wizardId="w1" runId="r1" />
      </ToastProvider>
    </QueryClientProvider>,
  );
}

describe('DeliveriesCard', () => {
  it("lists the run's deliveries with status and attempts, and redelivers a finished one", async () => {
    const calls = stubApi(
      [
        delivery({}),
        delivery({
          id: 'd2',
          event_type: 'run.step_completed',
          status: 'pending',
          attempt_count: 0,
          attempts: [],
        }),
      ],
      [202, delivery({ status: 'pending' })],
    );
    renderCard();
    expect(await screen.findByText('run.completed')).toBeTruthy();
    expect(calls[0]!.url).toBe('/api/v1/wizards/w1/webhooks/deliveries?run_id=r1&limit=100');
    expect(screen.getByText('Failed')).toBeTruthy();
    expect(screen.getByText(/2 attempts · last HTTP 500/)).toBeTruthy();
    expect(screen.getByText('HTTP 500 in 35 ms')).toBeTruthy();
    const buttons = screen.getAllByRole('button', { name: /^Redeliver/ });
    expect((buttons[1] as HTMLButtonElement).disabled).toBe(true);
    await userEvent.click(buttons[0]!);
    expect(await screen.findByText('Redelivery queued')).toBeTruthy();
    expect(calls).toContainEqual({ url: '/api/v1/webhook-deliveries/d1/redeliver', method: 'POST' });
  });

  it("shows the server's detail when a redelivery is refused", async () => {
    stubApi([delivery({})], [409, { status: 409, detail: 'webhook delivery d1 is still pending' }]);
    renderCard();
    await userEvent.click(await screen.findByRole('button', { name: /^Redeliver/ }));
    expect(await screen.findByText('webhook delivery d1 is still pending')).toBeTruthy();
  });

  it('explains how to get deliveries when there are none', async () => {
    stubApi([], [404, {}]);
    renderCard();
    expect(await screen.findByText(/No webhook deliveries for this run/)).toBeTruthy();
  });
});
