// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DocumentList } from './DocumentList';
import type { KnowledgeDocument } from './knowledge-api';

afterEach(cleanup);

const doc = (over: Partial<KnowledgeDocument>): KnowledgeDocument => ({
  id: 'd1',
  title: 'handbook.pdf',
  source: 'upload',
  filename: 'handbook.pdf',
  source_url: null,
  size_bytes: 2_400_000,
  status: 'ready',
  status_reason: null,
  page_count: 12,
  chunk_count: 30,
  created_at: '2026-01-01T00:00:00Z',
  ...over,
});

describe('DocumentList', () => {
  it('shows each document with its status, details and failure reason', () => {
    render(
      <DocumentList
        documents={[
          doc({}),
          doc({
            id: 'd2',
            title: 'secret.pdf',
            status: 'failed',
            status_reason: 'the PDF is encrypted with a password',
          }),
          doc({ id: 'd3', title: 'notes.md', status: 'chunking', page_count: null }),
        ]}
        onDelete={async () => {}}
      />,
    );
    expect(screen.getByRole('status', { name: 'handbook.pdf: Ready' })).toBeTruthy();
    expect(screen.getByText('2.4 MB · 12 pages · 30 passages')).toBeTruthy();
    expect(screen.getByRole('status', { name: 'secret.pdf: Failed' })).toBeTruthy();
    expect(screen.getByText('the PDF is encrypted with a password')).toBeTruthy();
    expect(screen.getByRole('status', { name: 'notes.md: Splitting into passages…' })).toBeTruthy();
  });

  it('deletes a document only after confirmation', async () => {
    const onDelete = vi.fn(async () => {});
    render(<DocumentList documents={[doc({})]} onDelete={onDelete} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete handbook.pdf' }));
    expect(onDelete).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Delete document' }));
    await waitFor(() => expect(onDelete).toHaveBeenCalledWith(expect.objectContaining({ id: 'd1' })));
  });

  it('says what to do when there are no documents', () => {
    render(<DocumentList documents={[]} onDelete={async () => {}} />);
    expect(screen.getByText(/No documents yet/)).toBeTruthy();
  });
});
