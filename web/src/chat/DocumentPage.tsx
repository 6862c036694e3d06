import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect } from 'react';
import { Card } from '../ui/Card';
import { getDocument } from './chat-api';

const route = getRouteApi('/documents/$documentId');

/** `/documents/$documentId?page=N`: a knowledge document's text by page, scrolled to the cited page. */
export function DocumentRoutePage() {
  const { documentId } = route.useParams();
  const { page } = route.useSearch();
  const document = useQuery({ queryKey: ['document', documentId], queryFn: () => getDocument(documentId) });
  useEffect(() => {
    if (document.data && page)
      window.document.getElementById(`page-${page}`)?.scrollIntoView({ block: 'start' });
  }, [document.data, page]);
  if (document.isError) return <p className="p-6">This document does not exist or was deleted.</p>;
  if (!document.data) return <p className="p-6 text-fg-muted">Loading…</p>;
  const pages = groupByPage(document.data.passages);
  return (
    <div className="mx-auto w-full max-w-3xl space-y-4 px-3 py-6 sm:px-6">
      <h1 className="text-2xl font-semibold tracking-tight break-words" data-testid="document-title">
        {document.data.title}
      </h1>
      {pages.map(([number, texts]) => (
        <Card
          key={number ?? 'all'}
          id={number !== null ? `page-${number}` : undefined}
          aria-current={number === page ? 'page' : undefined}
          className={number === page ? 'ring-2 ring-accent' : undefined}
          data-testid={number === page ? 'cited-page' : undefined}
        >
          {number !== null && <h2 className="mb-2 text-sm font-semibold text-fg-muted">Page {number}</h2>}
          {texts.map((text, i) => (
            <p key={i} className="mb-2 text-sm leading-relaxed whitespace-pre-wrap">
              {text}
            </p>
          ))}
        </Card>
      ))}
    </div>
  );
}

function groupByPage(
  passages: Array<{ page: number | null; text: string }>,
): Array<[number | null, string[]]> {
  const pages = new Map<number | null, string[]>();
  for (const p of passages) pages.set(p.page, [...(pages.get(p.page) ?? []), p.text]);
  return [...pages];
}
