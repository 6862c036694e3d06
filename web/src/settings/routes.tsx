import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../routes/root';

/** `/settings`: profile, workspace, members and API keys; `/settings/connections`: API configurations and MCP servers. */
export const settingsRoutes = [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/settings',
    component: lazyRouteComponent(() => import('./SettingsPage'), 'SettingsPage'),
  }),

  createRoute({
    getParentRoute: () => rootRoute,
    path: '/settings/connections',
    component: lazyRouteComponent(() => import('../connections/ConnectionsPage'), 'ConnectionsPage'),
  }),
];
