import { useParams } from '@tanstack/react-router';
import { SignInRequired } from '../auth/SignInRequired';
import { useAuth } from '../auth/useAuth';
import { KnowledgeTab } from './KnowledgeTab';

/**
 * `/sidekicks/:sidekickId/knowledge`: the sidekick's Knowledge tab on a page of its own (the sidekick page's
 * Knowledge tab shows the same component).
 */
export function KnowledgePage() {
  const { sidekickId } = useParams({ from: '/sidekicks/$sidekickId/knowledge' });
  const { me, loading } = useAuth();
  if (loading)
    return (
      <p role="status" className="text-fg-muted">
        Loading…
      </p>
    );
  if (!me) return <SignInRequired what="this knowledge base" />;
  return <KnowledgeTab sidekickId={sidekickId} />;
}
