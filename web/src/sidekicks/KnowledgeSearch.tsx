import { useState, type FormEvent } from 'react';
import { isApiProblem } from '../api/problem';
import { Button } from '../ui/Button';
import { Input } from '../ui/Input';
import { searchKnowledge, type Passage } from './knowledge-api';

/** A search box over the knowledge base: each passage found with its citation ("handbook.pdf, p. 2") and quote. */
export function KnowledgeSearch({ sidekickId }: { sidekickId: string }) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Passage[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!query.trim()) return;
    setBusy(true);
    setError(null);
    try {
      setResults(await searchKnowledge(sidekickId, query.trim()));
    } catch (e) {
      setError(isApiProblem(e) ? e.detail : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="knowledge-search" className="space-y-4">
      <h3 id="knowledge-search" className="text-lg font-semibold">
        Try a search
      </h3>
      <form role="search" onSubmit={submit} className="flex gap-2">
        <Input
          aria-label="Search the knowledge base"
          placeholder="Ask what a visitor would ask, e.g. how long do refunds take?"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <Button type="submit" variant="secondary" disabled={busy || !query.trim()}>
          {busy ? 'Searching…' : 'Search'}
        </Button>
      </form>
      {error ? <p className="text-sm text-danger">{error}</p> : null}
      {results && results.length === 0 ? (
        <p className="text-sm text-fg-muted">Nothing in the knowledge base matches that.</p>
      ) : null}
      {results && results.length > 0 ? (
        <ol aria-label="Search results" className="space-y-3">
          {results.map((passage) => (
            <li key={passage.chunk_id} className="rounded-xl border border-line p-4">
              <p className="text-sm font-medium">
                <cite className="not-italic">{passage.citation}</cite>
                {passage.headings.length > 0 ? (
                  <span className="text-fg-muted"> · {passage.headings.join(' › ')}</span>
                ) : null}
              </p>
              <blockquote className="mt-2 border-l-2 border-accent/40 pl-3 text-sm text-fg-muted">
                {passage.text.length > 600 ? `${passage.text.slice(0, 600)}…` : passage.text}
              </blockquote>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
