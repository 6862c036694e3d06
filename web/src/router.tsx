import { createRouter } from '@tanstack/react-router';
import { adminRoutes } from './admin/routes';
import { analyticsRoutes } from './analytics/routes';
import { authRoutes } from './auth/routes';
import { builderRoutes } from './builder/routes';
import { integrationRoutes } from './integrations/routes';
import { rootRoute } from './routes/root';
import { runRoutes } from './runs/routes';
import { settingsRoutes } from './settings/routes';
import { sidekickRoutes } from './sidekicks/routes';
import { wizardRoutes } from './wizards/routes';

/*
 * Routing: TanStack Router (the stack DESIGN.md names), with code-based routes and browser history. Chosen
 * over a small hash router because the app grows into many nested, typed routes (builder, runs, admin)
 * with params and search params (run filters), and public runs need clean URLs; the code-based tree
 * avoids the file-route code generator. Fastify must answer unknown non-API paths with index.html.
 * Each feature folder declares its routes in `routes.tsx`; every page component is loaded lazily, so a
 * public run loads the player without the builder or the admin pages.
 */
const routeTree = rootRoute.addChildren([
  ...wizardRoutes,
  ...runRoutes,
  ...authRoutes,
  ...settingsRoutes,
  ...sidekickRoutes,
  ...adminRoutes,
  ...builderRoutes,
  ...analyticsRoutes,
  ...integrationRoutes,
]);

/** The app's router. */
export const router = createRouter({ routeTree, defaultPreload: 'intent' });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
