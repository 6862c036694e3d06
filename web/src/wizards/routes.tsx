import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { queryClient } from '../api/query-client';
import { fetchMe, type Me } from '../auth/auth-api';
import { ME_KEY } from '../auth/useAuth';
import { rootRoute } from '../routes/root';
import { WizardListSearchSchema } from './list-search';

/** The signed-in user from the shared query cache (fetched once when missing); null when signed out or unknown. */
async function currentUser(): Promise<Me | null> {
  try {
    return await queryClient.ensureQueryData({ queryKey: ME_KEY, queryFn: fetchMe });
  } catch {
    return null;
  }
}

/**
 * `/` (a redirect: signed-in users to `/wizards`, visitors to `/templates`), `/wizards` (the wizard list,
 * `?q=&status=&page=`), `/templates` (the gallery), `/templates/$templateId/preview` (a template run in the
 * browser) and `/preview/$slug` (a built-in wizard run in the browser). The builder's `/wizards/$wizardId`
 * lives in `web/src/builder/routes.tsx`.
 */
export const wizardRoutes = [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/',
    beforeLoad: async () => {
      throw redirect({ to: (await currentUser()) ? '/wizards' : '/templates', replace: true });
    },
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/wizards',
    validateSearch: (search) => WizardListSearchSchema.parse(search),
    component: lazyRouteComponent(() => import('./WizardsPage'), 'WizardsPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/templates',
    component: lazyRouteComponent(() => import('./TemplatesPage'), 'TemplatesPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/templates/$templateId/preview',
    component: lazyRouteComponent(() => import('./TemplatePreviewPage'), 'TemplatePreviewPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/preview/$slug',
    component: lazyRouteComponent(() => import('../pages/PreviewPage'), 'PreviewRoutePage'),
  }),
];
