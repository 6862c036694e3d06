import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { isApiProblem } from '../api/problem';
import { Button } from '../ui/Button';
import { Card } from '../ui/Card';
import { Input } from '../ui/Input';
import { DocumentList } from './DocumentList';
import {
  deleteDocument,
  documentsKey,
  importUrl,
  listDocuments,
  PROCESSING,
  uploadDocument,
  type AddedDocument,
} from './knowledge-api';
import { KnowledgeSearch } from './KnowledgeSearch';

const ACCEPT = '.pdf,.docx,.md,.markdown,.txt,.html,.htm';
/** How often the list is refreshed while a document is being processed, in ms. */
const POLL_MS = 1000;

const problem = (e: unknown) => (isApiProblem(e) ? e.detail : String(e));

/**
 * The Knowledge tab of a sidekick: upload a document (PDF, DOCX, Markdown, TXT, HTML) with its progress in
 * percent, import a web page by URL, the documents with their processing status (refreshed every second while
 * one is being processed), delete, and a search that shows each passage with "title, p. N" and its quote.
 */
export function KnowledgeTab({ sidekickId }: { sidekickId: string }) {
  const queryClient = useQueryClient();
  const documents = useQuery({
    queryKey: documentsKey(sidekickId),
    queryFn: () => listDocuments(sidekickId),
    refetchInterval: (query) => (query.state.data?.some((d) => PROCESSING.has(d.status)) ? POLL_MS : false),
  });
  const fileInput = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<{ name: string; percent: number } | null>(null);
  const [url, setUrl] = useState('');
  const [message, setMessage] = useState<{ tone: 'error' | 'info'; text: string } | null>(null);

  const refresh = () => queryClient.invalidateQueries({ queryKey: documentsKey(sidekickId) });
  const added = (doc: AddedDocument) => {
    setMessage(
      doc.duplicate ? { tone: 'info', text: `"${doc.title}" is already in the knowledge base.` } : null,
    );
    return refresh();
  };

  async function upload(files: FileList | null) {
    setMessage(null);
    for (const file of Array.from(files ?? [])) {
      setProgress({ name: file.name, percent: 0 });
      try {
        await added(
          await uploadDocument(sidekickId, file, (f) =>
            setProgress({ name: file.name, percent: Math.round(f * 100) }),
          ),
        );
      } catch (e) {
        setMessage({ tone: 'error', text: `${file.name}: ${problem(e)}` });
      }
    }
    setProgress(null);
    if (fileInput.current) fileInput.current.value = '';
  }

  async function importPage(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    try {
      await added(await importUrl(sidekickId, url.trim()));
      setUrl('');
    } catch (e) {
      setMessage({ tone: 'error', text: problem(e) });
    }
  }

  return (
    <div className="space-y-8">
      <Card className="space-y-6">
        <header className="space-y-1">
          <h2 className="text-xl font-semibold">Knowledge base</h2>
          <p className="text-sm text-fg-muted">
            Documents your sidekick answers from, citing the document and page. PDF, Word (DOCX), Markdown,
            text or HTML files, or a web page by its address.
          </p>
        </header>
        <div className="grid gap-6 md:grid-cols-2">
          <div className="space-y-2">
            <label htmlFor="knowledge-file" className="block text-sm font-medium">
              Upload documents
            </label>
            <input
              id="knowledge-file"
              ref={fileInput}
              type="file"
              multiple
              accept={ACCEPT}
              disabled={progress !== null}
              onChange={(e) => void upload(e.target.files)}
              className="block w-full text-sm file:mr-3 file:rounded-lg file:border-0 file:bg-accent file:px-4 file:py-2 file:font-medium file:text-accent-fg"
            />
            {progress ? (
              <div className="space-y-1">
                <div
                  role="progressbar"
                  aria-label={`Uploading ${progress.name}`}
                  aria-valuemin={0}
                  aria-valuemax={100}
                  aria-valuenow={progress.percent}
                  className="h-2 overflow-hidden rounded-full bg-surface-muted"
                >
                  <div
                    className="h-full bg-accent transition-all"
                    style={{ width: `${progress.percent}%` }}
                  />
                </div>
                <p className="text-xs text-fg-muted">
                  Uploading {progress.name}: {progress.percent}%
                </p>
              </div>
            ) : null}
          </div>
          <form onSubmit={importPage} className="space-y-2">
            <label htmlFor="knowledge-url" className="block text-sm font-medium">
              Import a web page
            </label>
            <div className="flex gap-2">
              <Input
                id="knowledge-url"
                type="url"
                placeholder="https://example.com/help/refunds"
                value={url}
                onChange={(e) => setUrl(e.target.value)}
              />
              <Button type="submit" variant="secondary" disabled={!url.trim()}>
                Import
              </Button>
            </div>
          </form>
        </div>
        {message ? (
          <p
            role={message.tone === 'error' ? 'alert' : 'status'}
            className={message.tone === 'error' ? 'text-sm text-danger' : 'text-sm text-fg-muted'}
          >
            {message.text}
          </p>
        ) : null}
        {documents.isPending ? (
          <p role="status" className="text-sm text-fg-muted">
            Loading documents…
          </p>
        ) : documents.isError ? (
          <p role="alert" className="text-sm text-danger">
            {problem(documents.error)}
          </p>
        ) : (
          <DocumentList
            documents={documents.data}
            onDelete={async (doc) => {
              try {
                await deleteDocument(sidekickId, doc.id);
              } catch (e) {
                setMessage({ tone: 'error', text: problem(e) });
              }
              await refresh();
            }}
          />
        )}
      </Card>
      <Card>
        <KnowledgeSearch sidekickId={sidekickId} />
      </Card>
    </div>
  );
}
