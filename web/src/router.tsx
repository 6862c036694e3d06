import { createRootRoute, createRoute, createRouter, Outlet } from '@tanstack/react-router';
import { AppShell } from './layout/AppShell';
import { HomePage } from './pages/HomePage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PreviewPage } from './pages/PreviewPage';
import { RunPage } from './pages/RunPage';
import { RunsPage } from './pages/RunsPage';
import { SignInPage } from './pages/SignInPage';
import { SignUpPage } from './pages/SignUpPage';

/*
 * Routing: TanStack Router (the stack DESIGN.md names), with code-based routes and browser history. Chosen
 * over a small hash router because the app grows into many nested, typed routes (builder, runs, admin)
 * with params and search params (run filters), and public runs need clean URLs; the code-based tree
 * avoids the file-route code generator. Fastify must answer unknown non-API paths with index.html.
 */
const rootRoute = createRootRoute({
  component: () => (
    <AppShell>
      <Outlet />
    </AppShell>
  ),
  notFoundComponent: () => <NotFoundPage />,
});

const homeRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: HomePage });

const previewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/preview/$slug',
  component: function Preview() {
    const { slug } = previewRoute.useParams();
    return <PreviewPage slug={slug} />;
  },
});

const runRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/runs/$runId',
  component: function Run() {
    const { runId } = runRoute.useParams();
    return <RunPage key={runId} runId={runId} />;
  },
});

const runsRoute = createRoute({ getParentRoute: () => rootRoute, path: '/runs', component: RunsPage });
const signInRoute = createRoute({ getParentRoute: () => rootRoute, path: '/sign-in', component: SignInPage });
const signUpRoute = createRoute({ getParentRoute: () => rootRoute, path: '/sign-up', component: SignUpPage });

const routeTree = rootRoute.addChildren([
  homeRoute,
  previewRoute,
  runRoute,
  runsRoute,
  signInRoute,
  signUpRoute,
]);

/** The app's router. */
export const router = createRouter({ routeTree, defaultPreload: 'intent' });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
