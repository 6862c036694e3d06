import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../routes/root';

/** `/` (the templates gallery) and `/preview/$slug` (a built-in wizard run in the browser). */
export const wizardRoutes = [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/',
    component: lazyRouteComponent(() => import('../pages/HomePage'), 'HomePage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/preview/$slug',
    component: lazyRouteComponent(() => import('../pages/PreviewPage'), 'PreviewRoutePage'),
  }),
];
