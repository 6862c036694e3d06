import type { Sidekick } from './sidekick-api';

/**
 * The Knowledge tab of a sidekick's page: its documents, upload and search. A placeholder until the knowledge
 * base lands (the knowledge helper fills this component; the page already renders it with the sidekick).
 */
export function KnowledgeTab({ sidekick }: { sidekick: Sidekick }) {
  return (
    <p className="text-sm text-fg-muted">
      {sidekick.name}&rsquo;s knowledge base — upload PDFs, documents and web pages for it to answer from,
      with citations — is coming.
    </p>
  );
}
