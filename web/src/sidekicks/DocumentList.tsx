import { useState } from 'react';
import { Badge, type BadgeTone } from '../ui/Badge';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import type { KnowledgeDocument } from './knowledge-api';

const STATUS: Record<KnowledgeDocument['status'], { label: string; tone: BadgeTone }> = {
  parsing: { label: 'Reading…', tone: 'accent' },
  chunking: { label: 'Splitting into passages…', tone: 'accent' },
  indexing: { label: 'Indexing…', tone: 'accent' },
  ready: { label: 'Ready', tone: 'success' },
  failed: { label: 'Failed', tone: 'danger' },
};

/** "1.2 MB", "830 KB", "12 bytes". */
export function formatSize(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  if (bytes >= 1000) return `${Math.round(bytes / 1000)} KB`;
  return `${bytes} bytes`;
}

function details(doc: KnowledgeDocument): string {
  const parts = [doc.source === 'url' ? 'web page' : formatSize(doc.size_bytes)];
  if (doc.page_count) parts.push(`${doc.page_count} ${doc.page_count === 1 ? 'page' : 'pages'}`);
  if (doc.status === 'ready')
    parts.push(`${doc.chunk_count} ${doc.chunk_count === 1 ? 'passage' : 'passages'}`);
  return parts.join(' · ');
}

/**
 * The knowledge base's documents with their live status ("Reading…", "Ready", "Failed" with the reason) and a
 * Delete button that asks first.
 */
export function DocumentList({
  documents,
  onDelete,
}: {
  documents: KnowledgeDocument[];
  onDelete: (doc: KnowledgeDocument) => Promise<void>;
}) {
  const [pending, setPending] = useState<KnowledgeDocument | null>(null);
  const [busy, setBusy] = useState(false);
  if (documents.length === 0)
    return (
      <p className="text-sm text-fg-muted">No documents yet. Upload a file or import a web page above.</p>
    );
  return (
    <>
      <ul aria-label="Documents" className="divide-y divide-line rounded-xl border border-line">
        {documents.map((doc) => {
          const status = STATUS[doc.status];
          return (
            <li
              key={doc.id}
              className="flex flex-wrap items-start gap-3 p-4"
              data-document-status={doc.status}
            >
              <div className="min-w-0 flex-1 space-y-1">
                <p className="truncate font-medium" title={doc.source_url ?? doc.filename}>
                  {doc.title}
                </p>
                <p className="text-xs text-fg-muted">{details(doc)}</p>
                {doc.status === 'failed' && doc.status_reason ? (
                  <p className="text-sm text-danger">{doc.status_reason}</p>
                ) : null}
              </div>
              <Badge tone={status.tone} role="status" aria-label={`${doc.title}: ${status.label}`}>
                {status.label}
              </Badge>
              <Button
                variant="ghost"
                size="sm"
                onClick={() => setPending(doc)}
                aria-label={`Delete ${doc.title}`}
              >
                Delete
              </Button>
            </li>
          );
        })}
      </ul>
      <ConfirmDialog
        open={pending !== null}
        title={`Delete ${pending?.title ?? ''}?`}
        description="The document and its passages leave the knowledge base; answers will no longer cite it."
        confirmLabel="Delete document"
        busy={busy}
        onCancel={() => setPending(null)}
        onConfirm={async () => {
          if (!pending) return;
          setBusy(true);
          try {
            await onDelete(pending);
          } finally {
            setBusy(false);
            setPending(null);
          }
        }}
      />
    </>
  );
}
