// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { snapshotRun } from '../../../src/core/wizard/snapshot';
import { definition } from '../test/fixtures';
import { ValuesCard } from './ValuesCard';

afterEach(cleanup);

const documents = definition({
  id: 'documents',
  name: 'Documents',
  slug: 'documents',
  steps: [
    {
      id: 'upload',
      title: 'Upload',
      fields: [{ name: 'cv', label: 'CV', type: 'file_upload', settings: { multiple: true } }],
    },
  ],
});

function renderWith(cv: unknown) {
  const snapshot = snapshotRun(documents, {
    wizard_id: documents.id,
    wizard_version: 1,
    status: 'completed',
    current_step_id: 'upload',
    values: { cv },
    provenance: {},
    history: [],
    reference_date: '2026-03-02',
    started_at: '2026-03-02T10:00:00Z',
    updated_at: '2026-03-02T10:00:00Z',
    event_count: 3,
  });
  render(<ValuesCard snapshot={snapshot} provenance={{}} />);
}

describe('file values on the run detail page', () => {
  it('links each stored file for download, with its size', () => {
    const url =
      '/api/v1/runs/0b8e1d2c-3f4a-4b5c-8d6e-7f8091a2b3c4/files/5f0c6a43-94c1-4a8e-9d7e-2f3b1c0e8a11';
    renderWith([
      {
        id: '5f0c6a43-94c1-4a8e-9d7e-2f3b1c0e8a11',
        name: 'résumé.pdf',
        size: 123_456,
        content_type: 'application/pdf',
        url,
      },
      { name: 'notes.txt', size: 12, content_type: 'text/plain' },
      { name: 'evil.html', size: 1, content_type: 'text/html', url: 'javascript:alert(1)' },
      { name: 'invoice.pdf', size: 1, content_type: 'application/pdf', url: 'https://evil.example/x.pdf' },
    ]);
    const link = screen.getByRole('link', { name: 'résumé.pdf' });
    expect(link.getAttribute('href')).toBe(url);
    expect(link.getAttribute('download')).toBe('résumé.pdf');
    expect(screen.getByText('120.6 KB')).toBeTruthy();
    // Recorded by name only, or at any address but a file stored with a run: text, not a link.
    expect(screen.getByText('notes.txt').tagName).toBe('SPAN');
    expect(screen.getByText('12 bytes')).toBeTruthy();
    expect(screen.getByText('evil.html').tagName).toBe('SPAN');
    expect(screen.getByText('invoice.pdf').tagName).toBe('SPAN');
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });
});
