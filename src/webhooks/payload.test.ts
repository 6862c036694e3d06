import { describe, expect, it } from 'vitest';
import type { RunEvent } from '../core/events/run-events.js';
import { runMessage, withAbsoluteFileUrls, type RunSnapshot } from './payload.js';

const RUN = '0b5e6f1c-1d2e-4a3b-8c4d-5e6f7a8b9c0d';
const F1 = '1a2b3c4d-0000-4000-8000-000000000001';
const F2 = '1a2b3c4d-0000-4000-8000-000000000002';

const stored = (id: string) => ({
  id,
  name: `${id}.pdf`,
  size: 12,
  content_type: 'application/pdf',
  url: `/api/v1/runs/${RUN}/files/${id}`,
});

const values = {
  cv: stored(F1),
  photos: [
    stored(F2),
    { name: 'elsewhere.png', size: 3, content_type: 'image/png', url: 'https://cdn.example/x' },
  ],
  link: `/api/v1/runs/${RUN}/files/${F1}`,
  name: 'Ada',
};

describe('withAbsoluteFileUrls', () => {
  it('makes stored file urls absolute against PUBLIC_URL, in single and list values, and nothing else', () => {
    const out = withAbsoluteFileUrls(values, 'https://guide.example.com/');
    expect(out.cv).toEqual({
      ...stored(F1),
      url: `https://guide.example.com/api/v1/runs/${RUN}/files/${F1}`,
    });
    expect(out.photos).toEqual([
      { ...stored(F2), url: `https://guide.example.com/api/v1/runs/${RUN}/files/${F2}` },
      values.photos[1],
    ]);
    expect(out.link).toBe(`/api/v1/runs/${RUN}/files/${F1}`);
    expect(out.name).toBe('Ada');
  });

  it('leaves values as they are without PUBLIC_URL', () => {
    expect(withAbsoluteFileUrls(values, undefined)).toBe(values);
  });
});

describe('runMessage', () => {
  it('carries absolute file urls in a completion message when PUBLIC_URL is set', () => {
    const event = {
      type: 'wizard_complete',
      at: '2026-12-04T10:00:00.000Z',
      actor: 'visitor',
      values: { cv: stored(F1) },
    } as unknown as RunEvent;
    const run: RunSnapshot = {
      runId: RUN,
      wizardId: 'w1',
      wizardVersion: 1,
      channel: 'form',
      metadata: {},
      state: {
        status: 'completed',
        values: {},
        current_step_id: 's1',
        started_at: '2026-12-04T09:00:00.000Z',
      },
    };
    const message = runMessage('run.completed', event, run, 'https://guide.example.com');
    expect((message.data.values as Record<string, { url: string }>).cv?.url).toBe(
      `https://guide.example.com/api/v1/runs/${RUN}/files/${F1}`,
    );
    expect(
      (runMessage('run.completed', event, run).data.values as Record<string, { url: string }>).cv?.url,
    ).toBe(`/api/v1/runs/${RUN}/files/${F1}`);
  });
});
