import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { validateRunSearch } from '../run-list/run-filters';
import { rootRoute } from '../routes/root';

/**
 * `/runs` (the runs list, its filters in the URL's search params), `/runs/$runId` (a stored run in the player:
 * the public player chunk), `/runs/$runId/detail` (what a run collected, its transcript, timeline and webhook
 * deliveries) and `/store` (the caller's starred runs).
 */
export const runRoutes = [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/runs',
    validateSearch: validateRunSearch,
    component: lazyRouteComponent(() => import('../run-list/RunsPage'), 'RunsPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/runs/$runId',
    component: lazyRouteComponent(() => import('../pages/RunPage'), 'RunRoutePage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/runs/$runId/detail',
    component: lazyRouteComponent(() => import('../run-detail/RunDetailPage'), 'RunDetailRoutePage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/store',
    component: lazyRouteComponent(() => import('../store/StorePage'), 'StorePage'),
  }),
];
