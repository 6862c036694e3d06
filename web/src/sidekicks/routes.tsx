import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../routes/root';

/** `/sidekicks` (the list, "New sidekick") and `/sidekicks/$slug` (a sidekick's page with its tabs). */
export const sidekickRoutes = [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/sidekicks',
    component: lazyRouteComponent(() => import('./SidekicksPage'), 'SidekicksPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/sidekicks/$slug',
    component: lazyRouteComponent(() => import('./SidekickPage'), 'SidekickRoutePage'),
  }),
];
