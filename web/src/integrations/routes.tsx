import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../routes/root';

/** `/wizards/$wizardId/integrations`: a wizard's webhooks and email notifications. */
export const integrationRoutes = [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/wizards/$wizardId/integrations',
    component: lazyRouteComponent(() => import('./IntegrationsPage'), 'IntegrationsRoutePage'),
  }),
];
