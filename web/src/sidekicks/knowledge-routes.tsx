import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../routes/root';

/** `/sidekicks/:sidekickId/knowledge`: a sidekick's knowledge base. */
export const knowledgeRoutes = [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/sidekicks/$sidekickId/knowledge',
    component: lazyRouteComponent(() => import('./KnowledgePage'), 'KnowledgePage'),
  }),
];
