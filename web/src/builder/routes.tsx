import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../routes/root';

/** `/wizards/$wizardId`: the wizard builder (its own lazily loaded chunk). */
export const builderRoutes = [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/wizards/$wizardId',
    component: lazyRouteComponent(() => import('./BuilderPage'), 'BuilderRoutePage'),
  }),
];
