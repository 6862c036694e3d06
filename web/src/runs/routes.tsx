import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../routes/root';

/** `/runs` (the runs list) and `/runs/$runId` (a stored run in the player: the public player chunk). */
export const runRoutes = [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/runs',
    component: lazyRouteComponent(() => import('../pages/RunsPage'), 'RunsPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/runs/$runId',
    component: lazyRouteComponent(() => import('../pages/RunPage'), 'RunRoutePage'),
  }),
];
