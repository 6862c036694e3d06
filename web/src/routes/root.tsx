import { createRootRoute, Outlet } from '@tanstack/react-router';
import { AppShell } from '../layout/AppShell';
import { NotFoundPage } from '../pages/NotFoundPage';

/**
 * The root of the route tree: every page renders inside the {@link AppShell}. Feature folders declare their
 * routes in their own `routes.tsx` with `getParentRoute: () => rootRoute` and lazily loaded page components
 * (`lazyRouteComponent`), so each page is its own chunk; `src/router.tsx` assembles them.
 */
export const rootRoute = createRootRoute({
  component: () => (
    <AppShell>
      <Outlet />
    </AppShell>
  ),
  notFoundComponent: () => <NotFoundPage />,
});
